/** How a cell looks in the results workbook: the few styles `ket-qua.xlsx` needs. */
export type CellStyle =
  | "plain"
  | "bold"
  | "italic"
  | "title"
  | "points"
  | "boldPoints"
  | "header"
  /** Text that wraps inside its cell (a merged row's sentence). */
  | "wrapped";

/** A cell: text, a number, nothing, or a value with a style. */
export type SheetCell = string | number | null | { value: string | number; style: CellStyle };

/** A row of cells; `style` applies to every cell of the row that has none of its own. */
export interface SheetRow {
  cells: SheetCell[];
  style?: CellStyle;
  /**
   * A row of a table: its cells, empty ones included up to the table's width, get thin borders and
   * wrapped text, so the table prints with its grid.
   */
  boxed?: boolean;
  /**
   * A sentence across the sheet: the row's one cell is merged over every column and wraps, so a long
   * line neither runs past the printed page nor widens it.
   */
  merged?: boolean;
}

/** A worksheet: name, column widths (characters), frozen rows and columns, rows from A1 down. */
export interface SheetSpec {
  name: string;
  widths: number[];
  frozen?: { rows: number; columns: number };
  /** A filter button on each cell of the first row, over the rows below it. */
  filter?: boolean;
  /**
   * How many top rows are printed again at the top of every page (`_xlnm.Print_Titles`): the
   * title and the table's header. Every sheet prints on A4 landscape, one page wide.
   */
  printTitleRows?: number;
  rows: SheetRow[];
}
