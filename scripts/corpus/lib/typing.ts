/**
 * How a secretary types points into a cell: a number, text with a decimal comma (`19,5`), a
 * deduction with its sign (`-0,5`), or with a unit (`9,5 điểm`). The layouts ask a `Typing` for
 * every score cell; the points themselves never change.
 */
import type ExcelJS from "exceljs";
import type { Section } from "./model.js";
import { vn } from "./book.js";

export interface TypingContext {
  unit: string;
  key: string;
  role: "self" | "agreed" | "bonus" | "master";
  section: Section;
}

export type Typing = (points: number, ctx: TypingContext) => ExcelJS.CellValue;

export interface TypingOptions {
  /** `plus`: 0.5; `minus-number`: −0.5; `minus-text`: the text `-0,5`. */
  deduction?: "plus" | "minus-number" | "minus-text";
  /** `decimals`: `19,5` as text, whole numbers as numbers; `all`: every number as text. */
  text?: "none" | "decimals" | "all";
  /** Keys (`unit:key` or `key`) whose cell reads `9,5 điểm`. */
  withUnit?: readonly string[];
}

export function typing(options: TypingOptions = {}): Typing {
  return (points, ctx) => {
    const negative =
      ctx.section === "deduction" && options.deduction !== undefined && options.deduction !== "plus";
    const value = negative && points !== 0 ? -points : points;
    if (options.withUnit?.includes(`${ctx.unit}:${ctx.key}`) || options.withUnit?.includes(ctx.key))
      return `${vn(value)} điểm`;
    if (negative && options.deduction === "minus-text" && points !== 0) return vn(value);
    const asText = options.text === "all" || (options.text === "decimals" && !Number.isInteger(value));
    return asText ? vn(value) : value;
  };
}

/** Whether this typing writes deductions with a minus sign (then the secretary's total adds them). */
export function deductionsNegative(t: Typing): boolean {
  const probe = t(1, { unit: "", key: "", role: "self", section: "deduction" });
  return (
    (typeof probe === "number" && probe < 0) || (typeof probe === "string" && probe.trim().startsWith("-"))
  );
}
