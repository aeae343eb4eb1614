import type { Diagnostic } from "../../model/diagnostic.js";
import type { Rules } from "../../model/rules.js";
import type { RawSheet } from "../../read/raw-workbook.js";
import type { CriterionIndex } from "../criterion-index.js";
import { parseRulesFile } from "./parse-rules-file.js";
import { parseRulesSheet } from "./parse-rules-sheet.js";
import type { RulesSource } from "./resolve-rules.js";
import { resolveRules } from "./resolve-rules.js";

/** Where a bloc's rules are written: its workbook's `Quy tắc` sheet, if any, and a `--rules` file. */
export interface BlocRulesInput {
  /** The bloc workbook's file, which holds `sheet`. */
  file: string;
  sheet: RawSheet | undefined;
  rulesFile?: { file: string; text: string };
}

/** The bloc's rules, and every problem of the sheet and the file, each at its cell or in its file. */
export function readBlocRules(
  input: BlocRulesInput,
  criterionOf: CriterionIndex,
): { rules: Rules; diagnostics: Diagnostic[] } {
  const sources: RulesSource[] = [];
  const diagnostics: Diagnostic[] = [];
  const { sheet, file, rulesFile } = input;
  if (sheet) {
    const parsed = parseRulesSheet(sheet, file);
    diagnostics.push(...parsed.diagnostics);
    sources.push({
      values: parsed.values,
      locate: (key) => parsed.locations.get(key) ?? { file, sheet: sheet.name },
    });
  }
  if (rulesFile) {
    const parsed = parseRulesFile(rulesFile.text, rulesFile.file);
    diagnostics.push(...parsed.diagnostics);
    sources.push({ values: parsed.values, locate: () => ({ file: rulesFile.file }) });
  }
  const resolved = resolveRules(sources, criterionOf);
  return { rules: resolved.rules, diagnostics: [...diagnostics, ...resolved.diagnostics] };
}
