import { cellAddress } from "../raw-workbook.js";
import { columnNumber } from "./cell-ref.js";

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula as it reads in a follower cell: the master's formula with its relative
 * references moved by the distance between the two cells, as Excel shows it in the follower; an
 * uncalculated follower is then named by its own formula (`=SUM(D5:D9)`, not the master's).
 */
export function slideFormula(
  formula: string,
  from: { row: number; col: number },
  to: { row: number; col: number },
): string {
  return formula.replace(
    CANDIDATE,
    (whole: string, _s: string | undefined, sheet: string | undefined, address: string, paren?: string) => {
      if (paren) return whole;
      const m = CELL.exec(address);
      if (!m) return whole;
      const colText = (m[2] ?? "").toUpperCase();
      if (colText.length > 3 || (colText.length === 3 && colText > "XFD")) return whole;
      const col = columnNumber(colText) - 1 + (m[1] ? 0 : to.col - from.col);
      const row = Number.parseInt(m[4] ?? "1", 10) - 1 + (m[3] ? 0 : to.row - from.row);
      const moved = cellAddress(row, col);
      const letters = moved.slice(0, moved.length - String(row + 1).length);
      return `${sheet !== undefined ? `${sheet}!` : ""}${m[1] ?? ""}${letters}${m[3] ?? ""}${row + 1}`;
    },
  );
}
