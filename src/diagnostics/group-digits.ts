/**
 * A whole number with the Vietnamese thousands separator: 1048576 → `1.048.576`, as
 * `toLocaleString("vi-VN")` writes it. Messages format their counts with this instead: the first
 * call of `toLocaleString` with a locale loads ICU's number data, about 25 ms of every run.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ".");
  return n < 0 ? `-${grouped}` : grouped;
}
