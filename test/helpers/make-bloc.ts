import type {
  Bloc,
  BlocInfo,
  Criterion,
  CriterionType,
  Score,
  ScoreTable,
  Unit,
} from "../../src/model/bloc.js";
import { toHundredths } from "../../src/model/points.js";
import type { Rules } from "../../src/model/rules.js";
import { DEFAULT_RULES } from "../../src/validate/rules/rule-settings.js";

/**
 * A small builder of validated blocs for the pure stages' tests. Every amount in a spec is in plain
 * points (9.1), as a secretary types it, and is converted to hundredths as the validate stage does.
 *
 *   makeBloc({ units: ["A", "B", { code: "C", discipline: "khiển trách" }], scores: { A: 90, B: 85, C: 95 } })
 */
export interface BlocSpec {
  /** A code (name `Đơn vị <code>`) or a partial unit. Default: no units. */
  units?: (string | UnitSpec)[];
  /** Default: one standard criterion `1` with a maximum of 100 points. */
  criteria?: CriterionSpec[];
  /** By unit code: a number is the points on the first standard criterion; else points by criterion code. */
  scores?: Record<string, ScoreSpec>;
  rules?: RulesPatch;
  info?: Partial<BlocInfo>;
  file?: string;
}

export interface UnitSpec extends Partial<Omit<Unit, "code">> {
  code: string;
}

export interface CriterionSpec {
  code: string;
  /** Points; default 100. */
  max?: number;
  type?: CriterionType;
  group?: string | null;
  content?: string;
}

export type ScoreSpec = number | Record<string, number | { points: number; source: "self" | "bloc" }>;

/** Rules over DEFAULT_RULES; the award settings merge field by field; `bonusCap` is in points. */
export interface RulesPatch extends Partial<
  Omit<Rules, "flag" | "governmentFlag" | "certificate" | "bonusCap">
> {
  bonusCap?: number | null;
  flag?: Partial<Rules["flag"]>;
  governmentFlag?: Partial<Rules["governmentFlag"]>;
  certificate?: Partial<Rules["certificate"]>;
}

/** Points → hundredths, refusing what the validate stage would refuse. */
export function h(points: number): number {
  const value = toHundredths(points);
  if (value === null) throw new Error(`makeBloc: ${points} has more than two decimals`);
  return value;
}

/** Builds a `Bloc` from a short spec with sensible defaults (see `BlocSpec`). */
export function makeBloc(spec: BlocSpec = {}): Bloc {
  const file = spec.file ?? "khoi.xlsx";
  const units = (spec.units ?? []).map((u, index): Unit => {
    const s: UnitSpec = typeof u === "string" ? { code: u } : u;
    return {
      name: `Đơn vị ${s.code}`,
      index,
      rotationOrder: null,
      noRotation: false,
      rating: null,
      discipline: null,
      womenRatio: null,
      votes: null,
      awardOverride: null,
      note: null,
      location: { file, sheet: "Đơn vị", row: index + 2 },
      ...s,
    };
  });
  const criteria = (spec.criteria ?? [{ code: "1" }]).map((c, i): Criterion => ({
    code: c.code,
    content: c.content ?? `Tiêu chí ${c.code}`,
    max: h(c.max ?? 100),
    type: c.type ?? "standard",
    group: c.group ?? null,
    location: { file, sheet: "Tiêu chí", row: i + 2 },
  }));
  const firstStandard = criteria.find((c) => c.type === "standard")?.code ?? "1";
  const scores: ScoreTable = {};
  for (const [code, scoreSpec] of Object.entries(spec.scores ?? {})) {
    const byCriterion = typeof scoreSpec === "number" ? { [firstStandard]: scoreSpec } : scoreSpec;
    const row: Record<string, Score> = {};
    Object.entries(byCriterion).forEach(([criterion, value], i) => {
      const { points, source } =
        typeof value === "number" ? { points: value, source: "bloc" as const } : value;
      row[criterion] = {
        points: h(points),
        source,
        selfPoints: null,
        location: { file, sheet: code, cell: `C${i + 2}` },
      };
    });
    scores[code] = row;
  }
  const r = spec.rules ?? {};
  const rules: Rules = {
    ...DEFAULT_RULES,
    ...r,
    bonusCap: r.bonusCap === undefined || r.bonusCap === null ? null : h(r.bonusCap),
    flag: { ...DEFAULT_RULES.flag, ...r.flag },
    governmentFlag: { ...DEFAULT_RULES.governmentFlag, ...r.governmentFlag },
    certificate: { ...DEFAULT_RULES.certificate, ...r.certificate },
  };
  const info: BlocInfo = {
    name: "Khối thi đua số 2",
    kind: "khoi",
    year: 2023,
    council: "Hội đồng Thi đua - Khen thưởng tỉnh",
    authority: "Ủy ban nhân dân tỉnh",
    place: "Hà Nội",
    meetingDate: { year: 2024, month: 1, day: 16 },
    meetingTime: null,
    endTime: null,
    venue: null,
    chair: units[0]?.code ?? "",
    deputy: units[1]?.code ?? null,
    rotation: "round-robin",
    nextChair: null,
    nextDeputy: null,
    signer: null,
    signerTitle: null,
    secretary: null,
    absent: [],
    format: "administrative",
    ...spec.info,
  };
  return { file, info, units, criteria, scores, plan: null, rules };
}

/** Units named by code with the given totals, in that row order: `withTotals({ A: 90, B: 85 })`. */
export function withTotals(totals: Record<string, number>, spec: Omit<BlocSpec, "scores"> = {}): Bloc {
  const codes = Object.keys(totals);
  const units = spec.units ?? codes;
  return makeBloc({ ...spec, units, scores: totals });
}
