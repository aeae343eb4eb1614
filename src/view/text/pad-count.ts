/** `05`: counts of units are zero-padded to two digits in prose, as the bloc reports in the seeds do. */
export function padCount(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}
