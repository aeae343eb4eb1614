/** A decimal number as an exact fraction of integers. */
export interface ExactFraction {
  num: bigint;
  den: bigint;
}

/**
 * The decimal a user typed (0.5, 66.67, 1e-7) as an exact fraction, read from the shortest string
 * that round-trips the number: rules.md forbids comparing binary floats, so percentages and vote
 * shares are compared as integers.
 */
export function exactFraction(value: number): ExactFraction {
  if (!Number.isFinite(value)) throw new Error(`exactFraction: not a finite number: ${value}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (match === null) throw new Error(`exactFraction: cannot read ${value}`);
  const [, sign = "", whole = "0", frac = "", exp = "0"] = match;
  const digits = BigInt(`${sign}${whole}${frac}`);
  const shift = Number(exp) - frac.length;
  return shift >= 0
    ? { num: digits * 10n ** BigInt(shift), den: 1n }
    : { num: digits, den: 10n ** BigInt(-shift) };
}
