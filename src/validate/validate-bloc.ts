import type { Bloc, BlocInfo, Unit } from "../model/bloc.js";
import type { Rules } from "../model/rules.js";
import type { SectionLimits } from "./criteria/check-group-maxima.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic, hasErrors } from "../model/diagnostic.js";
import type { RawWorkbook } from "../read/raw-workbook.js";
import { checkExampleValues } from "./check-example-values.js";
import { criterionLookup } from "./criteria/criterion-lookup.js";
import { indexCriteria } from "./criterion-index.js";
import type { BlocReading } from "./reading.js";
import { BLOC_SHEETS } from "./bloc-sheets.js";
import { collectScores } from "./scores/collect-scores.js";
import { findSheet } from "./find-table.js";
import type { InfoDraft, UnitRef } from "./parse-info.js";
import { parseInfo } from "./parse-info.js";
import { findCriteria } from "./criteria/find-criteria.js";
import { parsePlan } from "./parse-plan.js";
import { parseAwardHistory } from "./parse-award-history.js";
import { parseUnits } from "./parse-units.js";
import { suggestUnit } from "./suggest-unit.js";
import { readBlocRules } from "./rules/read-bloc-rules.js";
import type { UnitIndex } from "./unit-index.js";
import { indexUnits } from "./unit-index.js";

/** Everything read from disk for one bloc: the pure validate stage's input. */
export interface BlocInput {
  bloc: RawWorkbook;
  unitWorkbooks: readonly RawWorkbook[];
  /** The `--rules` file's path and text, when given. */
  rulesFile?: { file: string; text: string };
}

/**
 * `Thông tin` with its unit references resolved to codes (an unknown one is an error that suggests
 * the closest unit, suggest-unit.ts), and the slips that need the units: this year's chair and deputy
 * the same unit.
 */
function resolveInfo(
  draft: InfoDraft,
  units: readonly Unit[],
  unitOf: UnitIndex,
  diagnostics: Diagnostic[],
): BlocInfo {
  const unknown = (ref: UnitRef): void => {
    const suggestion = suggestUnit(ref.text, units);
    diagnostics.push(
      diagnostic("unknownUnit", "error", ref.location, {
        found: ref.text,
        ...(suggestion === null ? {} : { suggestion: suggestion.name, suggestionCode: suggestion.code }),
      }),
    );
  };
  const code = (ref: UnitRef | null): string | null => {
    if (ref === null) return null;
    const unit = unitOf(ref.text);
    if (!unit) unknown(ref);
    return unit?.code ?? null;
  };
  const chair = code(draft.chair);
  const deputy = code(draft.deputy);
  if (chair !== null && deputy !== null && chair === deputy && draft.deputy !== null) {
    const head = draft.kind === "cum" ? "Cụm" : "Khối";
    diagnostics.push(
      diagnostic("chairIsDeputy", "error", draft.deputy.location, {
        chairKey: `${head} trưởng`,
        deputyKey: `${head} phó`,
        unit: units.find((u) => u.code === chair)?.name ?? chair,
        code: chair,
      }),
    );
  }
  // `Đơn vị vắng mặt` is split at `;`; a piece that names no unit may be several joined by `,`
  // (`LHP, DUK-DN`), but a unit's own name may hold a comma, so the whole piece is tried first.
  const absent: string[] = [];
  for (const ref of draft.absent) {
    const whole = unitOf(ref.text);
    const parts = ref.text
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "");
    const each = whole ? [whole] : parts.length > 1 ? parts.map((p) => unitOf(p)) : [undefined];
    if (each.every((u) => u !== undefined)) {
      for (const u of each) if (u && !absent.includes(u.code)) absent.push(u.code);
    } else if (whole === undefined && parts.length > 1) {
      parts.filter((p) => !unitOf(p)).forEach((p) => unknown({ text: p, location: ref.location }));
    } else unknown(ref);
  }
  return {
    ...draft,
    chair: chair ?? draft.chair.text,
    deputy,
    nextChair: code(draft.nextChair),
    nextDeputy: code(draft.nextDeputy),
    absent,
  };
}

/**
 * A bonus section whose own maximum is below the sum of its rows caps the bonus (`ĐIỂM THƯỞNG (tối đa 5
 * điểm)`), as `bonusCap` does; a cap the rules set wins.
 */
function withSectionCap(rules: Rules, limits: SectionLimits): Rules {
  return rules.bonusCap === null && limits.bonus !== null ? { ...rules, bonusCap: limits.bonus.max } : rules;
}

/**
 * The validate stage: raw workbooks → a typed Bloc, or every diagnostic that prevents it.
 * Pure: the workbooks were read by the edge (`src/pipeline/load-bloc.ts`).
 */
export function validateBloc(input: BlocInput): {
  bloc: Bloc | null;
  diagnostics: Diagnostic[];
  reading: BlocReading;
} {
  const { file, sheets } = input.bloc;
  const diagnostics: Diagnostic[] = [];
  const sheet = (names: readonly string[], required: boolean) => {
    const found = findSheet(sheets, names);
    if (!found && required)
      diagnostics.push(diagnostic("sheetMissing", "error", { file }, { sheet: names[0] }));
    return found;
  };
  const infoSheet = sheet(BLOC_SHEETS.info, true);
  const unitSheet = sheet(BLOC_SHEETS.units, true);

  const info = infoSheet ? parseInfo(infoSheet, file) : null;
  const units = unitSheet ? parseUnits(unitSheet, file) : null;
  const found = findCriteria(input.bloc, units?.units ?? []);
  const criteria = found.criteria;
  diagnostics.push(...found.diagnostics);
  for (const part of [info, units, criteria]) if (part) diagnostics.push(...part.diagnostics);

  const unitOf = indexUnits(units?.units ?? []);
  const criterionOf = indexCriteria(criteria?.criteria ?? []);
  const resolvedInfo = info?.info ? resolveInfo(info.info, units?.units ?? [], unitOf, diagnostics) : null;

  // Without criteria no row of a score sheet can be placed: reading them would only repeat that.
  const criteriaReadable =
    criteria !== null && criteria.criteria.length > 0 && !hasErrors(criteria.diagnostics);
  const scores =
    units && criteria && units.units.length > 0 && criteriaReadable
      ? collectScores({
          bloc: input.bloc,
          unitWorkbooks: input.unitWorkbooks,
          units: units.units,
          criteria: criteria.criteria,
          lookup: criterionLookup(criteria.criteria),
          limits: criteria.limits,
          unitOf,
          year: info?.info?.year ?? null,
        })
      : null;
  if (scores) diagnostics.push(...scores.diagnostics);
  const reading: BlocReading = {
    criteria: criteria?.reading ?? null,
    units: scores?.reading.units ?? [],
    ignoredSheets: scores?.reading.ignoredSheets ?? [],
  };

  const planSheet = sheet(BLOC_SHEETS.plan, false);
  const plan = planSheet ? parsePlan(planSheet, file) : null;
  if (plan) diagnostics.push(...plan.diagnostics);
  diagnostics.push(...checkExampleValues([unitSheet, planSheet], file));
  const historySheet = sheet(BLOC_SHEETS.history, false);
  const history = historySheet && units ? parseAwardHistory(historySheet, file, units.units, unitOf) : null;
  if (history) diagnostics.push(...history.diagnostics);

  const rules = readBlocRules(
    { file, sheet: sheet(BLOC_SHEETS.rules, false), rulesFile: input.rulesFile },
    criterionOf,
  );
  diagnostics.push(...rules.diagnostics);

  if (hasErrors(diagnostics) || !resolvedInfo || !units || !criteria || !scores)
    return { bloc: null, diagnostics, reading };
  return {
    bloc: {
      file,
      info: resolvedInfo,
      units: units.units,
      criteria: scores.criteria,
      scores: scores.scores,
      plan: plan?.plan ?? null,
      rules: withSectionCap(rules.rules, criteria.limits),
      declaredRanks: scores.declaredRanks,
      ...(history === null ? {} : { history: history.history }),
    },
    diagnostics,
    reading,
  };
}
