import { docx, type BorderSide } from "./docx-api.js";

const NONE: BorderSide = { style: docx.BorderStyle.NONE, size: 0, color: "auto" };

/** No borders on any side: the header and signature blocks are layout tables (NĐ 30/2020 Mẫu 1.1). */
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** Splits a width in twips by relative weights; the parts add up exactly. */
export function splitWidth(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((w * total) / sum));
  parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + total - parts.reduce((a, b) => a + b, 0);
  return parts;
}
