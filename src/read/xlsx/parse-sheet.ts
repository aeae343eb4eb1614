import type { CellValue, MergeRange } from "../raw-workbook.js";
import { EMPTY, cellAddress } from "../raw-workbook.js";
import { runText } from "./parse-shared-strings.js";
import type { CellParts } from "./sheet-cell.js";
import { XlsxError, cellValue } from "./sheet-cell.js";
import { slideFormula } from "./slide-formula.js";
import { attributes, decodeText, scanTags } from "./xml-text.js";

/** What the sheet reader needs from the rest of the workbook. */
export interface SheetContext {
  sharedStrings: readonly string[];
  /** By cell style index (`s`): whether numbers in that style are dates. */
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** Rows read; cells below are counted, not read. */
  maxRow: number;
}

/** The sheet's own relationships (its `_rels` part): a hyperlink must name one of them. */
export type SheetRelationshipIds = ReadonlySet<string>;

/** A sheet's values, and the first cell skipped below `maxRow` (null when none). */
export interface ParsedSheet {
  rows: CellValue[][];
  merges: MergeRange[];
  skipped: string | null;
}

interface Position {
  row: number;
  col: number;
}

const REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0xdf) - 64;
  return n - 1;
}

/** `B3` → { row: 2, col: 1 }; null when it is not a cell address. */
function decodeRef(ref: string): Position | null {
  const m = REF.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1] ?? "") };
}

/** `A1:C2` → its corners, top-left first; null when unreadable. */
function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b] = ref.split(":");
  const from = decodeRef(a ?? "");
  const to = b === undefined ? from : decodeRef(b);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/** Hyperlinked cells (only links with a relationship, as exceljs) and merged ranges: both follow `<sheetData>`. */
function readTail(
  xml: string,
  relationshipIds: SheetRelationshipIds,
): { hyperlinks: Set<string>; merges: string[] } {
  const hyperlinks = new Set<string>();
  const merges: string[] = [];
  const end = xml.lastIndexOf("sheetData");
  if (end < 0) return { hyperlinks, merges };
  const tail = xml.slice(end);
  if (!tail.includes("hyperlink") && !tail.includes("mergeCell")) return { hyperlinks, merges };
  scanTags(tail, (tag) => {
    if (tag.end) return;
    if (tag.name === "hyperlink") {
      const a = attributes(tag.attributes);
      const ref = a.get("ref");
      const id = a.get("id");
      if (id === undefined) return;
      // exceljs fails on a link to a relationship that does not exist; the file is damaged.
      if (!relationshipIds.has(id))
        throw new XlsxError(
          `cấu trúc bên trong tệp không hợp lệ (liên kết ${ref ?? ""} trỏ tới ${id} không có)`,
        );
      if (ref !== undefined) hyperlinks.add(ref);
    } else if (tag.name === "mergeCell") {
      const ref = attributes(tag.attributes).get("ref");
      if (ref !== undefined) merges.push(ref);
    }
  });
  return { hyperlinks, merges };
}

const R_ATTR = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;
const T_ATTR = /(?:^|\s)t\s*=\s*["']([^"']*)["']/;
const S_ATTR = /(?:^|\s)s\s*=\s*["']([^"']*)["']/;
const SI_ATTR = /(?:^|\s)si\s*=\s*["']([^"']*)["']/;
const REF_ATTR = /(?:^|\s)ref\s*=\s*["']([^"']*)["']/;

/**
 * One worksheet part → its values as a sparse grid (an empty row is a hole), the way exceljs
 * reads it: formulas give their cached result, shared formulas' followers are formulas too,
 * merged cells all give the master's value, hyperlinks give their text.
 */
export function parseSheet(
  xml: string,
  context: SheetContext,
  relationshipIds: SheetRelationshipIds = new Set(),
): ParsedSheet {
  const { sharedStrings, dateStyles, date1904, maxRow } = context;
  const { hyperlinks, merges } = readTail(xml, relationshipIds);
  const rows: CellValue[][] = [];
  const first: { skipped: Position | null } = { skipped: null };
  const skip = (row: number, col: number): void => {
    const s = first.skipped;
    if (s === null || row < s.row || (row === s.row && col < s.col)) first.skipped = { row, col };
  };
  const put = (row: number, col: number, value: CellValue): void => {
    if (row >= maxRow) return skip(row, col);
    let cells = rows[row];
    if (cells === undefined) rows[row] = cells = [];
    while (cells.length < col) cells.push(EMPTY);
    cells[col] = value;
  };

  /** Shared formulas by `si`: the master's address and formula. */
  const shared = new Map<string, { at: Position; formula: string }>();
  let row = -1;
  let col = -1;
  let address: string | undefined;
  let parts: CellParts | null = null;
  let sharedIndex: string | undefined;
  let sharedRef: string | undefined;
  let sharedType: string | undefined;
  let textStart = -1;
  let inline = false;
  let runs: string[] | null = null;

  const finishCell = (): void => {
    if (parts === null) return;
    const cell = parts;
    parts = null;
    if (sharedType === "shared" && sharedIndex !== undefined) {
      const master = shared.get(sharedIndex);
      if (sharedRef !== undefined) shared.set(sharedIndex, { at: { row, col }, formula: cell.formula });
      else if (master !== undefined && cell.formula === "")
        cell.formula = slideFormula(master.formula, master.at, { row, col });
    }
    if (runs !== null) {
      cell.value = runs.join("");
      cell.rich = true;
    }
    const present = cell.isFormula || cell.value !== undefined || cell.rich || cell.hyperlink;
    if (present) put(row, col, cellValue(cell, sharedStrings, date1904));
  };

  scanTags(xml, (tag) => {
    switch (tag.name) {
      case "row": {
        if (tag.end) return;
        const r = R_ATTR.exec(tag.attributes)?.[1];
        row = r !== undefined ? Number.parseInt(r, 10) - 1 : row + 1;
        col = -1;
        return;
      }
      case "c": {
        if (tag.end) return finishCell();
        const ref = R_ATTR.exec(tag.attributes)?.[1];
        const position = ref !== undefined ? decodeRef(ref) : null;
        col = position ? position.col : col + 1;
        address = ref;
        const s = Number.parseInt(S_ATTR.exec(tag.attributes)?.[1] ?? "0", 10);
        parts = {
          type: T_ATTR.exec(tag.attributes)?.[1],
          value: undefined,
          rich: false,
          isFormula: false,
          formula: "",
          dateStyle: s > 0 && dateStyles[s] === true,
          hyperlink: address !== undefined && hyperlinks.has(address),
        };
        sharedIndex = sharedRef = sharedType = undefined;
        runs = null;
        inline = false;
        if (tag.selfClosing) finishCell();
        return;
      }
      case "f":
        if (parts === null) return;
        if (tag.end) {
          const text = decodeText(xml.slice(textStart, tag.start));
          if (text !== "") {
            parts.formula += text;
            parts.isFormula = true;
          }
          return;
        }
        sharedType = T_ATTR.exec(tag.attributes)?.[1];
        if (sharedType !== undefined) parts.isFormula = true;
        sharedIndex = SI_ATTR.exec(tag.attributes)?.[1];
        sharedRef = REF_ATTR.exec(tag.attributes)?.[1];
        textStart = tag.after;
        return;
      case "v":
        if (parts === null || tag.selfClosing) return;
        if (!tag.end) textStart = tag.after;
        else if (tag.start > textStart)
          parts.value = (parts.value ?? "") + decodeText(xml.slice(textStart, tag.start));
        return;
      case "is":
        inline = !tag.end && !tag.selfClosing;
        return;
      case "r":
        if (inline && !tag.end) runs ??= [];
        return;
      case "t":
        if (parts === null || !inline || tag.selfClosing) return;
        if (!tag.end) textStart = tag.after;
        else if (runs !== null) runs.push(runText(xml.slice(textStart, tag.start)));
        else if (tag.start > textStart)
          parts.value = (parts.value ?? "") + decodeText(xml.slice(textStart, tag.start));
        return;
      default:
        return;
    }
  });

  const ranges = applyMerges(merges, rows, put);
  const s = first.skipped;
  return { rows, merges: ranges, skipped: s === null ? null : cellAddress(s.row, s.col) };
}

/** Every cell of a merged range but the master takes the master's value (exceljs refuses overlaps). */
function applyMerges(
  merges: readonly string[],
  rows: CellValue[][],
  put: (row: number, col: number, value: CellValue) => void,
): MergeRange[] {
  const done: MergeRange[] = [];
  for (const ref of merges) {
    const range = decodeRange(ref);
    if (range === null) throw new XlsxError(`địa chỉ ô không hợp lệ (${ref})`);
    if (
      done.some(
        (d) =>
          d.bottom >= range.top && d.top <= range.bottom && d.right >= range.left && d.left <= range.right,
      )
    )
      throw new XlsxError("các vùng ô gộp chồng lên nhau");
    done.push(range);
    const master = rows[range.top]?.[range.left] ?? EMPTY;
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        if (r > range.top || c > range.left) put(r, c, master);
      }
    }
  }
  return done;
}
