import type { Criterion, Score } from "../../model/bloc.js";
import type { Hundredths } from "../../model/points.js";
import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { RawSheet } from "../../read/raw-workbook.js";
import { cellAddress, cellAt } from "../../read/raw-workbook.js";
import type { CriterionLookup, RowMatchHow } from "../criteria/criterion-lookup.js";
import type { SectionLimits } from "../criteria/check-group-maxima.js";
import type { TableReading } from "../reading.js";
import { tableReading } from "../reading.js";
import type { OutlineNode } from "../table/build-outline.js";
import { buildOutline, resolveGrades } from "../table/build-outline.js";
import type { ColumnEntries } from "../table/check-sums.js";
import { checkGroupPoints, checkTotals } from "../table/check-sums.js";
import { entryOf } from "../table/entry-of.js";
import type { Header } from "../table/find-header.js";
import type { MergeMaster } from "../table/merged-cells.js";
import type { MarkedRow } from "../table/read-lines.js";
import { readTableRows } from "../table/read-lines.js";
import type { FormColumns } from "./form-columns.js";
import { readFormRow } from "./read-form-row.js";
import { reportMaxDifferences } from "./report-max-differences.js";

/** Scores of one unit by criterion code, from one sheet. */
export type UnitScores = Record<string, Score>;

/** One unit's points read from a table: a unit's form, or one unit's column of a master table. */
export interface FormTable {
  scores: UnitScores;
  /** Criteria whose row is there with no points, by code: where a missing score is reported. */
  blankAt: Record<string, Location>;
  reading: TableReading;
  /** Rows matched to criteria, by how (`code`, `path`, `content`…), for the reading. */
  matchedBy: Partial<Record<RowMatchHow, number>>;
  /** The secretary's rank rows (`Xếp hạng`), with the cell in this table's points column. */
  marked: MarkedRow[];
  /** 0-based rows of the table (for the iron-rule check of the columns no one reads). */
  rows: number[];
  diagnostics: Diagnostic[];
}

/** A sheet with its header found. */
export interface SheetTable {
  sheet: RawSheet;
  file: string;
  header: Header;
  masterOf: MergeMaster;
}

/**
 * Reads one unit's points from a table whose rows are criteria: each row matched to a criterion of
 * `Tiêu chí`; the points that count are the agreed ones where given, else the unit's own; group and
 * total rows are checks, never counted.
 */
export function readFormTable(
  { sheet, file, header, masterOf }: SheetTable,
  columns: FormColumns,
  lookup: CriterionLookup,
  limits: SectionLimits,
): FormTable {
  const diagnostics: Diagnostic[] = [];
  const where = { file, sheet: sheet.name };
  const pointCols = [columns.self, columns.agreed, columns.bonus, columns.deduction, columns.max].flatMap(
    (c) => (c === null ? [] : [c.col]),
  );
  const rows = readTableRows(
    sheet,
    header.dataStart,
    { code: columns.code?.col ?? null, content: columns.content?.col ?? null, points: pointCols },
    masterOf,
  );
  const outline = buildOutline(rows.lines);
  const maxColumn = columns.max;
  if (maxColumn !== null) {
    resolveGrades(outline, (i) => {
      const row = outline.nodes[i]?.line.row;
      return row === undefined
        ? null
        : (entryOf(cellAt(sheet, row, maxColumn.col), { file })?.points ?? null);
    });
  }
  if (rows.after) {
    diagnostics.push(
      diagnostic(
        "dataAfterTable",
        "warning",
        { ...where, row: rows.after.row + 1 },
        { emptyRow: rows.after.emptyRow + 1 },
      ),
    );
  }
  const scores: UnitScores = {};
  const blankAt: Record<string, Location> = {};
  const matchedBy: Partial<Record<RowMatchHow, number>> = {};
  const criterionAt = new Map<number, Criterion>();
  const seenAt = new Map<string, string>();
  const maxDifferences: { location: Location; found: string; criterion: Criterion }[] = [];
  outline.nodes.forEach((node, index) => {
    if (node.kind === "explanation") {
      diagnostics.push(...pointsOnExplanation(sheet, file, node, columns));
      return;
    }
    if (node.kind !== "item") return;
    const found = lookup({ code: node.line.code, path: node.path, content: node.line.content });
    const row = node.line.row;
    const scored = [columns.self, columns.agreed, columns.bonus, columns.deduction].some(
      (c) => c !== null && entryOf(cellAt(sheet, row, c.col), { file }) !== null,
    );
    const codeCell = cellAddress(row, columns.code?.col ?? columns.content?.col ?? 0);
    if (found === null) {
      if (scored) {
        diagnostics.push(
          diagnostic(
            "unknownCriterion",
            "error",
            { ...where, cell: codeCell },
            {
              found: node.line.code ?? node.line.content,
            },
          ),
        );
      }
      return;
    }
    const { criterion, how } = found;
    matchedBy[how] = (matchedBy[how] ?? 0) + 1;
    const first = seenAt.get(criterion.code);
    if (first !== undefined) {
      diagnostics.push(
        diagnostic(
          "duplicateScore",
          "error",
          { ...where, cell: codeCell },
          {
            unit: sheet.name,
            criterion: criterion.code,
            first,
          },
        ),
      );
      return;
    }
    seenAt.set(criterion.code, codeCell);
    criterionAt.set(index, criterion);
    const read = readFormRow(sheet, file, row, columns, criterion, diagnostics);
    if (read.maxDiffers) maxDifferences.push({ ...read.maxDiffers, criterion });
    if (read.score !== null) scores[criterion.code] = read.score;
    else if (read.blank) blankAt[criterion.code] = read.blank;
  });
  diagnostics.push(...reportMaxDifferences(maxDifferences));
  for (const column of [columns.self, columns.agreed]) {
    if (column === null) continue;
    const at = (r: number): Location => ({ ...where, cell: cellAddress(r, column.col) });
    const entries: ColumnEntries = {
      at: (i) => {
        const node = outline.nodes[i];
        if (node === undefined) return null;
        if (node.kind === "item" && !criterionAt.has(i)) return null;
        return entryOf(cellAt(sheet, node.line.row, column.col), at(node.line.row));
      },
      atTotal: (r) => entryOf(cellAt(sheet, r, column.col), at(r)),
      typeOf: (i) => criterionAt.get(i)?.type ?? outline.nodes[i]?.type ?? "standard",
    };
    const cap: Hundredths | null = limits.bonus?.max ?? null;
    diagnostics.push(...checkGroupPoints(outline, entries, cap));
    diagnostics.push(...checkTotals(outline, rows.marked, entries, cap, column.text));
  }
  return {
    scores,
    blankAt,
    reading: tableReading(file, sheet.name, header, columns.used, rows, outline),
    matchedBy,
    marked: rows.marked,
    rows: [...outline.nodes.map((n) => n.line.row), ...rows.marked.map((m) => m.row)],
    diagnostics,
  };
}

/**
 * The iron rule on a line that explains a criterion (`+ Xếp thứ 1 đến thứ 5`, `- Hoàn thành 100%`): a
 * point typed there belongs to no criterion, and is refused at its cell rather than dropped (the score
 * was most often typed one row too low).
 */
function pointsOnExplanation(
  sheet: RawSheet,
  file: string,
  node: OutlineNode,
  columns: FormColumns,
): Diagnostic[] {
  const row = node.line.row;
  for (const column of [columns.self, columns.agreed, columns.bonus, columns.deduction]) {
    if (column === null) continue;
    const location = { file, sheet: sheet.name, cell: cellAddress(row, column.col) };
    const entry = entryOf(cellAt(sheet, row, column.col), location);
    if (entry !== null)
      return [
        diagnostic("pointsOnExplanation", "error", location, { found: entry.text, line: node.line.content }),
      ];
  }
  return [];
}
