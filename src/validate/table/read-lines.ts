import type { CellValue, RawSheet } from "../../read/raw-workbook.js";
import { cellAt } from "../../read/raw-workbook.js";
import { displayText, parseNumberText } from "../cell-values.js";
import type { MergeMaster } from "./merged-cells.js";
import type { Numbering } from "./numbering.js";
import { leadingNumbering, ownCode, parseNumbering } from "./numbering.js";
import { isRankText, isSignatureText, isTotalText } from "./row-words.js";

/** Where a table's rows are read from: its code and content columns, and the columns that hold points. */
export interface LineColumns {
  code: number | null;
  content: number | null;
  /** Columns whose numbers are points or maxima: a row with a number there is a scored row. */
  points: readonly number[];
}

/** A row of a scoring table that is neither empty, a total, nor past the table's end. */
export interface TableLine {
  /** 0-based sheet row. */
  row: number;
  /** The code cell's text as typed (`II`, `1`, `1.2`, `TC3`), or the numbering taken from the content. */
  code: string | null;
  numbering: Numbering | null;
  /** The content without a numbering taken from its start. */
  content: string;
  /** Some point column holds a number (typed, or as text) in this row's own cell (not a merged copy). */
  hasPoints: boolean;
}

/** The secretary's total or subtotal row, or a master table's rank row. */
export interface MarkedRow {
  row: number;
  kind: "total" | "rank";
  /** Index in `lines` of the first line after it: lines before it are those it may total. */
  linesBefore: number;
  label: string;
}

export interface TableRows {
  lines: TableLine[];
  marked: MarkedRow[];
  /** Empty rows inside the table (spacers), 0-based. */
  spacers: number[];
  /** 0-based row where the table ended: a signature block, or past the last scored row. */
  end: number;
  /** Text left under the table after an empty row (reported, never read): 0-based rows. */
  after: { emptyRow: number; row: number } | null;
}

const text = (cell: CellValue): string =>
  cell.kind === "text" ? cell.value.trim() : cell.kind === "number" ? displayText(cell) : "";

/** A number typed or shown as a number (`24`, `19,5`, `-0,5`, `1.000`, `9,5 điểm`). */
export function isNumberCell(cell: CellValue): boolean {
  if (cell.kind === "number") return true;
  return cell.kind === "text" && parseNumberText(cell.value) !== null;
}

/**
 * Reads a scoring table's rows from `start` to its end: the signature block, or the last row with
 * points, numbering or a total. An empty row is a spacer when scored rows follow it (workbook.md: a
 * blank bordered row before the bonus section does not end the table); a total row neither counts nor
 * ends the table. Text rows after the last scored row are a note, not part of the table.
 */
export function readTableRows(
  sheet: RawSheet,
  start: number,
  columns: LineColumns,
  masterOf: MergeMaster,
): TableRows {
  const own = (r: number, c: number): CellValue => {
    const master = masterOf(r, c);
    return master !== null && master.row !== r ? { kind: "empty" } : cellAt(sheet, r, c);
  };
  const lines: TableLine[] = [];
  const marked: MarkedRow[] = [];
  let end = sheet.rows.length;
  for (let r = start; r < sheet.rows.length; r++) {
    const texts: string[] = [];
    let filled = false;
    const width = sheet.rows[r]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      const value = own(r, c);
      if (value.kind === "empty") continue;
      filled = true;
      const t = text(value);
      if (t !== "") texts.push(t);
    }
    if (!filled) continue;
    const codeText = columns.code === null ? "" : text(own(r, columns.code));
    if (codeText === "" && texts.some(isSignatureText)) {
      end = r;
      break;
    }
    const contentText = columns.content === null ? "" : text(own(r, columns.content));
    const first = texts[0] ?? "";
    const label = [codeText, contentText, first].find((t) => t !== "") ?? "";
    if (isTotalText(codeText) || isTotalText(contentText) || isTotalText(first)) {
      marked.push({ row: r, kind: "total", linesBefore: lines.length, label });
      continue;
    }
    if (isRankText(contentText) || isRankText(first)) {
      marked.push({ row: r, kind: "rank", linesBefore: lines.length, label });
      continue;
    }
    const hasPoints = columns.points.some((c) => isNumberCell(own(r, c)));
    lines.push({ row: r, ...lineNumbering(codeText, contentText), hasPoints });
  }
  return trimTail(sheet, start, resolveLetters(lines), marked, end);
}

/**
 * A single capital letter is a part (`A. ĐIỂM CHUẨN` over `I`, `1`…) when numbered rows follow it, and
 * otherwise a bloc's own code (`T` for a bonus row, followed by `TR`): only what comes next tells.
 */
function resolveLetters(lines: readonly TableLine[]): TableLine[] {
  return lines.map((line, i) => {
    if (line.numbering?.level !== "part" || line.code === null || /^(phần|mục)/iu.test(line.content))
      return line;
    const next = lines.slice(i + 1).find((l) => l.numbering !== null && l.numbering.level !== "bullet");
    const level = next?.numbering?.level;
    if (level === "roman" || level === "arabic" || level === "letter") return line;
    return { ...line, numbering: ownCode(line.numbering.label) };
  });
}

function lineNumbering(
  codeText: string,
  contentText: string,
): { code: string | null; numbering: Numbering | null; content: string } {
  if (codeText !== "") {
    const numbering = parseNumbering(codeText);
    // `I. THỰC HIỆN NHIỆM VỤ` typed (or merged) across the code and content cells.
    const lead = numbering === null ? leadingNumbering(codeText) : null;
    if (lead !== null) {
      const content = contentText === "" || contentText === codeText ? lead.rest : contentText;
      return { code: lead.numbering.label, numbering: lead.numbering, content };
    }
    // A code that is no numbering (`TC3`, `1a`) is a criterion's own code, at the items' depth.
    // The code is the numbering's label (`1)` → `1`) or, for a bloc's own code, the text as typed.
    return {
      code: numbering?.label ?? codeText.replace(/[.:]+$/, ""),
      numbering: numbering ?? ownCode(codeText.replace(/[.:]+$/, "")),
      content: contentText,
    };
  }
  const lead = leadingNumbering(contentText);
  if (lead === null) return { code: null, numbering: null, content: contentText };
  return { code: lead.numbering.label, numbering: lead.numbering, content: lead.rest };
}

const rowEmpty = (sheet: RawSheet, r: number): boolean =>
  (sheet.rows[r] ?? []).every((c) => c.kind === "empty");

/** Cuts the text rows after the last scored row, and finds text left under the table after an empty row. */
function trimTail(
  sheet: RawSheet,
  start: number,
  all: readonly TableLine[],
  marked: readonly MarkedRow[],
  end: number,
): TableRows {
  let lastRow = marked.at(-1)?.row ?? -1;
  for (const line of all)
    if (line.hasPoints || line.numbering !== null) lastRow = Math.max(lastRow, line.row);
  const lines = all.filter((l) => l.row <= lastRow);
  const spacers: number[] = [];
  for (let r = start; r < lastRow; r++) if (rowEmpty(sheet, r)) spacers.push(r);
  let after: TableRows["after"] = null;
  // Text straight under the table (a signature block) is its end; text after an empty row is reported.
  if (lastRow >= 0 && rowEmpty(sheet, lastRow + 1)) {
    for (let r = lastRow + 2; r < sheet.rows.length; r++) {
      if (!rowEmpty(sheet, r)) {
        after = { emptyRow: lastRow + 1, row: r };
        break;
      }
    }
  }
  return { lines, marked: [...marked], spacers, end: Math.min(end, lastRow + 1), after };
}
