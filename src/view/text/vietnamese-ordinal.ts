const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/** Vietnamese words for 1–99 as read aloud: 15 `mười lăm`, 21 `hai mươi mốt`, 24 `hai mươi tư`. */
function underHundred(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] ?? "";
  const head = tens === 1 ? "mười" : `${DIGITS[tens] ?? ""} mươi`;
  if (ones === 0) return head;
  if (ones === 5) return `${head} lăm`;
  if (ones === 1 && tens > 1) return `${head} mốt`;
  if (ones === 4 && tens > 1) return `${head} tư`;
  return `${head} ${DIGITS[ones] ?? ""}`;
}

/** Cardinal words for 1–999 (`một trăm linh năm`). */
function cardinal(n: number): string {
  if (n < 100) return underHundred(n);
  const hundreds = `${DIGITS[Math.floor(n / 100)] ?? ""} trăm`;
  const rest = n % 100;
  if (rest === 0) return hundreds;
  if (rest < 10) return `${hundreds} linh ${DIGITS[rest] ?? ""}`;
  return `${hundreds} ${underHundred(rest)}`;
}

/**
 * `thứ nhất`, `thứ hai`, `thứ tư`, `thứ mười lăm`: the ordinal of a rank (`xếp thứ nhất`). Only 1 and 4
 * take the Sino-Vietnamese forms `nhất` and `tư` when they stand alone.
 */
export function vietnameseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) {
    throw new RangeError(`cannot write the ordinal of ${n} (1 to 999)`);
  }
  if (n === 1) return "thứ nhất";
  if (n === 4) return "thứ tư";
  return `thứ ${cardinal(n)}`;
}
