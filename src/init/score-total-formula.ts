/**
 * The formula of a score column's `Tổng cộng` cell: standard and bonus rows add, deduction rows
 * (which hold the points taken off as positive numbers, workbook.md) subtract. Consecutive rows of
 * the same sign become one range: `SUM(D4:D11)-SUM(D12)`. `signs[i]` is the sign of row
 * `firstRow + i`. With no rows at all the total is `0`.
 */
export function scoreTotalFormula(column: string, firstRow: number, signs: readonly (1 | -1)[]): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= signs.length; i++) {
    if (i < signs.length && signs[i] === signs[start]) continue;
    const from = `${column}${firstRow + start}`;
    const to = `${column}${firstRow + i - 1}`;
    const sum = `SUM(${from === to ? from : `${from}:${to}`})`;
    parts.push(signs[start] === -1 ? `-${sum}` : parts.length === 0 ? sum : `+${sum}`);
    start = i;
  }
  return parts.length === 0 ? "0" : parts.join("");
}
