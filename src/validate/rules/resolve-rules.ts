import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import { toHundredths } from "../../model/points.js";
import type { Rules, TieBreaker } from "../../model/rules.js";
import { DEFAULT_RULES } from "../../model/rules.js";
import type { CriterionIndex } from "../criterion-index.js";
import { normalizeName } from "../normalize-name.js";
import type { RulesInput } from "./rules-input-schema.js";
import { validateRulesInput } from "./validate-rules-input.js";
import { expectedText } from "./parse-rules-file.js";

const TIE_BREAKERS: Record<string, TieBreaker["kind"]> = {
  deduction: "deduction",
  "diem tru": "deduction",
  bonus: "bonus",
  "diem thuong": "bonus",
  "diem cong": "bonus",
  women: "women",
  "ty le nu": "women",
  votes: "votes",
  "so phieu": "votes",
};

/** Where a rules setting came from, for messages: the sheet's cell or the rules file. */
export interface RulesSource {
  input: RulesInput;
  locate: (key: string) => Location;
}

/** Validates the `Quy tắc` sheet's values with the same schema as a rules file. */
export function checkSheetRules(
  input: Record<string, unknown>,
  locate: (key: string) => Location,
): { input: RulesInput; diagnostics: Diagnostic[] } {
  const parsed = validateRulesInput(input);
  if (parsed.success) return { input: parsed.data, diagnostics: [] };
  const diagnostics = parsed.issues.map((issue) => {
    const key = issue.path.filter((p) => typeof p === "string").join(".");
    return diagnostic("invalidRulesValue", "error", locate(key), {
      key,
      expected: expectedText(issue),
      found: "",
    });
  });
  return { input: {}, diagnostics };
}

function merge(sources: readonly RulesSource[]): { input: RulesInput; locate: (key: string) => Location } {
  const input: RulesInput = {};
  const owner = new Map<string, RulesSource>();
  for (const source of sources) {
    for (const [key, value] of Object.entries(source.input) as [keyof RulesInput, unknown][]) {
      const current = input[key];
      // Nested settings (flag, certificate, awards) merge key by key: a file setting flag.count keeps the sheet's flag.minPercent.
      const merged =
        typeof current === "object" &&
        current !== null &&
        !Array.isArray(current) &&
        typeof value === "object" &&
        value !== null &&
        !Array.isArray(value)
          ? { ...current, ...value }
          : value;
      Object.assign(input, { [key]: merged });
      owner.set(key, source);
    }
  }
  const fallback = sources[sources.length - 1];
  return {
    input,
    locate: (key) => (owner.get(key.split(".")[0] ?? key) ?? fallback)?.locate(key) ?? { file: "" },
  };
}

/**
 * The bloc's rules: defaults, then the `Quy tắc` sheet, then `--rules` (later sources win, rules.md).
 * Tie-breakers are parsed here because `criterion:<code>` must name a criterion of the bloc.
 */
export function resolveRules(
  sources: readonly RulesSource[],
  criterionOf: CriterionIndex,
): { rules: Rules; diagnostics: Diagnostic[] } {
  const { input, locate } = merge(sources);
  const diagnostics: Diagnostic[] = [];
  const tieBreakers: TieBreaker[] = [];
  for (const text of input.tieBreakers ?? []) {
    const criterionMatch = /^(?:criterion|tieu chi)\s*:\s*(.+)$/.exec(normalizeName(text));
    if (criterionMatch) {
      const code = text.slice(text.indexOf(":") + 1).trim();
      const criterion = criterionOf(code);
      if (criterion) tieBreakers.push({ kind: "criterion", code: criterion.code });
      else diagnostics.push(diagnostic("unknownCriterion", "error", locate("tieBreakers"), { found: code }));
      continue;
    }
    const kind = TIE_BREAKERS[normalizeName(text)];
    if (kind === undefined || kind === "criterion") {
      diagnostics.push(
        diagnostic("invalidRulesValue", "error", locate("tieBreakers"), {
          key: "tieBreakers",
          expected: "điểm trừ, điểm thưởng, tiêu chí:<mã>, tỷ lệ nữ hoặc số phiếu",
          found: text,
        }),
      );
    } else tieBreakers.push({ kind } as TieBreaker);
  }
  let bonusCap = DEFAULT_RULES.bonusCap;
  if (input.bonusCap !== undefined && input.bonusCap !== null) {
    bonusCap = toHundredths(input.bonusCap);
    if (bonusCap === null) {
      diagnostics.push(
        diagnostic("invalidRulesValue", "error", locate("bonusCap"), {
          key: "bonusCap",
          expected: "tối đa 2 chữ số thập phân",
          found: String(input.bonusCap),
        }),
      );
    }
  }
  const threshold = input.voteThreshold ?? DEFAULT_RULES.voteThreshold;
  const certificateCount = input.certificate?.count;
  const rules: Rules = {
    tieBreakers,
    bonusCap,
    classes: [...(input.classes ?? [])].sort((a, b) => b.min - a.min),
    flag: {
      count: input.flag?.count ?? DEFAULT_RULES.flag.count,
      minPercent: input.flag?.minPercent ?? null,
      name: input.awards?.flag?.name ?? null,
    },
    governmentFlag: {
      enabled: input.governmentFlag ?? false,
      name: input.awards?.governmentFlag?.name ?? null,
    },
    certificate: {
      count: certificateCount === undefined || certificateCount === "all" ? null : certificateCount,
      minPercent: input.certificate?.minPercent ?? null,
      name: input.awards?.certificate?.name ?? null,
    },
    // A threshold above 1 is a percentage (`50` = 50%), as the sheet's `50%` is.
    voteThreshold: threshold > 1 ? threshold / 100 : threshold,
    legalBases: input.legalBases ?? null,
  };
  return { rules, diagnostics };
}
