import type { CellValue, MergeRange } from "../raw-workbook.js";
import { EMPTY, cellAddress } from "../raw-workbook.js";
import { attributes, decodeText, scanTags } from "../xml/xml-text.js";
import type { CellContext, CellParts } from "./cell-value.js";
import { cellValue } from "./cell-value.js";
import { applyMerges } from "./apply-merges.js";
import type { Position } from "./cell-ref.js";
import { decodeRef } from "./cell-ref.js";
import { runText } from "./parse-shared-strings.js";
import type { NumberShape } from "./parse-styles.js";
import { slideFormula } from "./slide-formula.js";
import { XlsxError } from "./xlsx-error.js";

/** What the sheet reader needs from the rest of the workbook. */
export interface SheetContext extends CellContext {
  /** By cell style index (`s`): what the style's number format makes of a number. */
  styles: readonly NumberShape[];
  /** Rows read; cells below are counted, not read. */
  maxRow: number;
}

/** The sheet's own relationships (its `_rels` part): a hyperlink must name one of them. */
export type SheetRelationshipIds = ReadonlySet<string>;

/**
 * A sheet's values, the first cell skipped below `maxRow`, and the first skipped cell that could hold
 * points (a number, a date, a formula, text with a digit); null when none.
 */
export interface ParsedSheet {
  rows: CellValue[][];
  merges: MergeRange[];
  skipped: string | null;
  skippedPoints: string | null;
}

/**
 * A value that might be points once read (workbook.md's iron rule): `9,5` typed as text counts, and so
 * does a formula whose result is missing or an error (`#REF!`): the points it should give are lost.
 */
const couldBePoints = (value: CellValue): boolean =>
  value.kind === "number" ||
  value.kind === "date" ||
  value.kind === "noResult" ||
  value.kind === "error" ||
  (value.kind === "text" && /\d/.test(value.value));

/**
 * The merged ranges, which follow `<sheetData>`; and the hyperlinks there, each checked against the
 * sheet's relationships: a link to a relationship that does not exist marks a damaged file.
 */
function readTail(xml: string, relationshipIds: SheetRelationshipIds): string[] {
  const merges: string[] = [];
  const end = xml.lastIndexOf("sheetData");
  if (end < 0) return merges;
  const tail = xml.slice(end);
  if (!tail.includes("hyperlink") && !tail.includes("mergeCell")) return merges;
  scanTags(tail, (tag) => {
    if (tag.end) return;
    if (tag.name === "hyperlink") {
      const a = attributes(tag.attributes);
      const id = a.get("id");
      if (id !== undefined && !relationshipIds.has(id))
        throw new XlsxError(
          `cấu trúc bên trong tệp không hợp lệ (liên kết ${a.get("ref") ?? ""} trỏ tới ${id} không có)`,
        );
    } else if (tag.name === "mergeCell") {
      const ref = attributes(tag.attributes).get("ref");
      if (ref !== undefined) merges.push(ref);
    }
  });
  return merges;
}

const R_ATTR = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;
const T_ATTR = /(?:^|\s)t\s*=\s*["']([^"']*)["']/;
const S_ATTR = /(?:^|\s)s\s*=\s*["']([^"']*)["']/;
const SI_ATTR = /(?:^|\s)si\s*=\s*["']([^"']*)["']/;
const REF_ATTR = /(?:^|\s)ref\s*=\s*["']([^"']*)["']/;

/**
 * One worksheet part → its values as a sparse grid (an empty row is a hole): formulas give their
 * cached result, a shared formula's followers are formulas too (named by their own formula when
 * uncalculated), merged cells all give the master's value, rich text its plain text.
 */
export function parseSheet(
  xml: string,
  context: SheetContext,
  relationshipIds: SheetRelationshipIds = new Set(),
): ParsedSheet {
  const { styles, maxRow } = context;
  const merges = readTail(xml, relationshipIds);
  const rows: CellValue[][] = [];
  const first: { skipped: Position | null; points: Position | null } = { skipped: null, points: null };
  const before = (p: Position | null, row: number, col: number): boolean =>
    p === null || row < p.row || (row === p.row && col < p.col);
  const skip = (row: number, col: number, value: CellValue): void => {
    if (before(first.skipped, row, col)) first.skipped = { row, col };
    if (couldBePoints(value) && before(first.points, row, col)) first.points = { row, col };
  };
  const put = (row: number, col: number, value: CellValue): void => {
    if (row >= maxRow) return skip(row, col, value);
    let cells = rows[row];
    if (cells === undefined) rows[row] = cells = [];
    while (cells.length < col) cells.push(EMPTY);
    cells[col] = value;
  };

  /** Shared formulas by `si`: the master's address and formula. */
  const shared = new Map<string, { at: Position; formula: string }>();
  let row = -1;
  let col = -1;
  let parts: CellParts | null = null;
  let sharedIndex: string | undefined;
  let sharedRef: string | undefined;
  let sharedType: string | undefined;
  let textStart = -1;
  let inline = false;
  let phonetic = false;
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
    if (runs !== null) cell.value = runs.join("");
    if (cell.isFormula || cell.value !== undefined || runs !== null) put(row, col, cellValue(cell, context));
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
        const s = Number.parseInt(S_ATTR.exec(tag.attributes)?.[1] ?? "0", 10);
        parts = {
          type: T_ATTR.exec(tag.attributes)?.[1],
          value: undefined,
          hasValue: false,
          isFormula: false,
          formula: "",
          shape: s > 0 ? (styles[s] ?? null) : null,
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
        if (parts === null) return;
        parts.hasValue = true;
        if (tag.selfClosing) return;
        if (!tag.end) textStart = tag.after;
        else if (tag.start > textStart) {
          const text = decodeText(xml.slice(textStart, tag.start));
          if (text !== "") parts.value = (parts.value ?? "") + text;
        }
        return;
      case "is":
        if (parts !== null) parts.hasValue = true;
        inline = !tag.end && !tag.selfClosing;
        return;
      case "rPh":
        if (!tag.selfClosing) phonetic = !tag.end;
        return;
      case "r":
        if (inline && !tag.end) runs ??= [];
        return;
      case "t":
        if (parts === null || !inline || phonetic || tag.selfClosing) return;
        if (!tag.end) textStart = tag.after;
        else if (runs !== null) runs.push(runText(xml.slice(textStart, tag.start)));
        else if (tag.start > textStart)
          parts.value = (parts.value ?? "") + runText(xml.slice(textStart, tag.start));
        return;
      default:
        return;
    }
  });

  const ranges = applyMerges(merges, rows, put);
  const address = (p: Position | null) => (p === null ? null : cellAddress(p.row, p.col));
  return { rows, merges: ranges, skipped: address(first.skipped), skippedPoints: address(first.points) };
}
