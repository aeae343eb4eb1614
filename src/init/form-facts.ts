import type { InitContent } from "./init-content.js";

/** What a form prints for a fact `init` was not given: a line to fill in, never the example's value. */
const BLANK = "..........";

/**
 * The year in a score form's title (`BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2025`): a form goes out to the
 * units, so it must not carry the example's year as if it were the bloc's.
 */
export function formYear(content: Pick<InitContent, "info" | "examples">): string {
  return content.examples.includes("year") ? BLANK : String(content.info.year);
}

/** The bloc's name in a score form's subtitle, or a line to fill in while it is the example's. */
export function formBlocName(content: Pick<InitContent, "info" | "examples">): string {
  return content.examples.includes("name") ? BLANK : content.info.name;
}
