/**
 * What a workbook may hold before its parts are parsed. The reader builds a value for every cell,
 * shared string and style, fills every cell of a merged range and checks each merged range against
 * the others; the stages after it (validation, documents) walk the rows again. The limits are about
 * twice the largest bloc the product supports (500 units × 100 criteria, one sheet per unit: 503
 * sheets, 51 000 rows, 161 000 cells, 381 000 elements, 7.5 MB of XML), so any input is refused or
 * read within seconds and a few hundred MB.
 */
export const WORKBOOK_LIMITS = {
  /** Files inside the zip (a workbook has a few dozen, one per sheet plus a handful). */
  entries: 5_000,
  /** Sum of the real (inflated) sizes of all files: the zip bomb defence. */
  uncompressedBytes: 200 * 1024 * 1024,
  sheets: 1_000,
  /** `<row>` elements of all sheets, empty formatted rows included (each is a step of every later pass). */
  rows: 100_000,
  /** `<c>` elements of all sheets. */
  cells: 300_000,
  /** Start tags of all the parts read: shared strings and styles cost as much as cells. */
  elements: 800_000,
  /** Merged ranges on one sheet: each is checked against all the others (quadratic). */
  mergesPerSheet: 1_000,
  /** Cells covered by merged ranges, all sheets: each takes the master cell's value. */
  mergedCells: 100_000,
} as const;

export type WorkbookLimits = { [K in keyof typeof WORKBOOK_LIMITS]: number };

/** Excel's grid: rows 1–1 048 576, columns A–XFD. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;
