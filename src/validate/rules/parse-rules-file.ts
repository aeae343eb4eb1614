import type { Diagnostic } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type * as z from "zod/mini";
import { KNOWN_RULE_KEYS, expandDottedKeys } from "./rules-input.js";
import type { RulesInput } from "./rules-input-schema.js";
import { validateRulesInput } from "./validate-rules-input.js";
import { locateJsonError } from "./locate-json-error.js";

/** Parses and validates the text of a `--rules` JSON file; every problem is reported. */
export function parseRulesFile(
  text: string,
  file: string,
): { input: RulesInput | null; diagnostics: Diagnostic[] } {
  let json: unknown;
  const body = text.replace(/^\uFEFF/, "");
  try {
    json = JSON.parse(body);
  } catch {
    // V8's message is English and often has no position: say where and why in Vietnamese.
    const { line, column, reason } = locateJsonError(body);
    return {
      input: null,
      diagnostics: [diagnostic("rulesFileInvalid", "error", { file }, { line, column, reason })],
    };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return {
      input: null,
      diagnostics: [
        diagnostic("rulesFileInvalid", "error", { file }, { reason: "cần một đối tượng JSON { … }" }),
      ],
    };
  }
  const parsed = validateRulesInput(expandDottedKeys(json));
  if (parsed.success) return { input: parsed.data, diagnostics: [] };
  const diagnostics = parsed.issues.flatMap((issue): Diagnostic[] => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) =>
        diagnostic(
          "unknownRulesKey",
          "error",
          { file },
          { key: path ? `${path}.${key}` : key, known: KNOWN_RULE_KEYS.join(", ") },
        ),
      );
    }
    const value = issue.path.reduce<unknown>(
      (v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k as PropertyKey],
      expandDottedKeys(json),
    );
    // The message quotes the value itself; a long one (a whole array) is cut to stay one line.
    const shown = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
    const found = shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
    return [
      diagnostic("invalidRulesValue", "error", { file }, { key: path, expected: expectedText(issue), found }),
    ];
  });
  return { input: null, diagnostics };
}

const TYPE_NAMES: Record<string, string> = {
  number: "một số",
  int: "một số nguyên",
  boolean: "true hoặc false",
  string: "một chuỗi chữ",
  array: "một danh sách [ … ]",
  object: "một đối tượng { … }",
};

/** What a zod issue expected, in Vietnamese (zod's own messages are English). */
export function expectedText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case "too_small":
      return issue.origin === "string" || issue.origin === "array"
        ? "một giá trị không rỗng"
        : `một số không nhỏ hơn ${String(issue.minimum)}`;
    case "too_big":
      return `một số không lớn hơn ${String(issue.maximum)}`;
    case "invalid_union":
      return 'một số nguyên không âm hoặc "all"';
    default:
      return issue.message;
  }
}
