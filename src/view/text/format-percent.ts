/** `66,67%`: a share as a percent with at most two decimals and a decimal comma (`80%`, not `80,00%`). */
export function formatPercent(numerator: number, denominator: number): string {
  if (denominator === 0) return "0%";
  const hundredths = Math.round((numerator * 10000) / denominator);
  const whole = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  if (frac === 0) return `${whole}%`;
  const digits = String(frac).padStart(2, "0").replace(/0$/, "");
  return `${whole},${digits}%`;
}
