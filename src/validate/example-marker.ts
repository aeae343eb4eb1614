import { normalizeName } from "./normalize-name.js";

/**
 * The mark `thidua init` puts on every example value it writes (`(ví dụ) Cụm thi đua số 02`): the
 * example stays readable, the secretary sees at a glance what to replace, and `validate` refuses a
 * value still marked (issue 12: an example workbook must never pass for a real one). A value that
 * happens to equal the example is accepted once the mark is deleted, which an unchanged cell is not.
 */
export const EXAMPLE_MARK = "(ví dụ)";

/** The marked form of an example value, as `init` writes it. */
export function markExample(value: string): string {
  return `${EXAMPLE_MARK} ${value}`;
}

/** True when a text still carries the example mark, matched without case or diacritics. */
export function isExampleText(text: string): boolean {
  return normalizeName(text).includes("(vi du)");
}

/** An example value as a message quotes it: a long paragraph is cut after its first words. */
export function exampleExcerpt(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77).trimEnd()}…`;
}
