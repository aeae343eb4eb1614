/**
 * Points are integers in hundredths of a point (95.5 points = 9550) so that sums are exact:
 * rules.md asks for arithmetic exact to 0.01 with no binary float drift.
 */
export type Hundredths = number;

/**
 * Converts a number of points to hundredths, or null when it has more than two decimals.
 * Values such as 9.299999999999999 (a float formula result) are accepted as 9.30: only genuine
 * extra decimals are refused, since rules.md forbids rounding them away silently.
 */
export function toHundredths(value: number): Hundredths | null {
  if (!Number.isFinite(value)) return null;
  const scaled = value * 100;
  const rounded = Math.round(scaled);
  return Math.abs(scaled - rounded) < 1e-6 * Math.max(1, Math.abs(scaled)) ? rounded : null;
}

/** Hundredths as a JSON number exact to 0.01 (9550 → 95.5). */
export function toPoints(h: Hundredths): number {
  return Number((h / 100).toFixed(2));
}

/** `95,50`: Vietnamese decimal comma, two decimals (documents.md). */
export function formatPoints(h: Hundredths, decimals = 2): string {
  const sign = h < 0 ? "-" : "";
  const abs = Math.abs(h);
  const whole = Math.floor(abs / 100);
  const frac = String(abs % 100).padStart(2, "0");
  if (decimals === 0) return `${sign}${whole}`;
  return `${sign}${whole},${frac.slice(0, decimals)}`;
}

/** Percent of a maximum, e.g. total as % of the standard maximum (for classes and minimums). */
export function percentOf(h: Hundredths, max: Hundredths): number {
  return max === 0 ? 0 : (h * 100) / max;
}

/** Points as a message shows them: the decimal comma, no trailing zeros (`25`, `19,5`, `9,25`). */
export function formatPointsShort(h: Hundredths): string {
  return formatPoints(h)
    .replace(/,00$/, "")
    .replace(/(,\d)0$/, "$1");
}
