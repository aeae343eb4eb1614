/**
 * The outcome a set must have, computed from its data by the default rules of spec/rules.md, written
 * here again on purpose (nothing from src/): totals in hundredths, standard competition ranking, the
 * flag to the leader when eligible, certificates to every other eligible unit, a tie at the flag
 * leaving the flag and the tied units undecided, and the round-robin rotation.
 */
import type { Bloc, Group, Scores, Unit } from "./model.js";
import { counted, fromHundredths, hundredths } from "./points.js";
import { leafRows } from "./tree.js";

export interface UnitOutcome {
  code: string;
  standard: number;
  bonus: number;
  deduction: number;
  total: number;
  rank: number;
  scoreSource: "self" | "bloc" | "mixed";
}

export interface Outcome {
  scoreSource: "self" | "bloc" | "mixed";
  units: UnitOutcome[];
  proposals: { flag: string[]; governmentFlag: string[]; certificate: string[] };
  ties: { award: string; units: string[] }[];
  nextChair: string;
  nextDeputy: string;
}

const RATINGS = [
  "không hoàn thành nhiệm vụ",
  "hoàn thành nhiệm vụ",
  "hoàn thành tốt nhiệm vụ",
  "hoàn thành xuất sắc nhiệm vụ",
  "hoàn thành xuất sắc nhiệm vụ tiêu biểu",
];
const FLAG_RATING = 3;
const CERTIFICATE_RATING = 2;

function ratingLevel(unit: Unit): number {
  if (unit.rating === undefined) return RATINGS.length;
  const level = RATINGS.indexOf(unit.rating.toLowerCase());
  if (level < 0) throw new Error(`${unit.code}: unknown rating ${unit.rating}`);
  return level;
}

function eligible(unit: Unit, level: number): boolean {
  return unit.discipline === undefined && ratingLevel(unit) >= level;
}

function scoreUnit(tree: readonly Group[], scores: Scores, code: string): Omit<UnitOutcome, "rank"> {
  let standard = 0;
  let bonus = 0;
  let deduction = 0;
  let fromSelf = 0;
  let fromAgreed = 0;
  for (const leaf of leafRows(tree)) {
    const c = counted(scores.self[code], scores.agreed?.[code], leaf.key);
    if (c !== undefined) {
      const h = hundredths(c.value);
      if (leaf.section === "standard") standard += h;
      else if (leaf.section === "bonus") bonus += h;
      else deduction += h;
      if (c.from === "agreed") fromAgreed++;
      else fromSelf++;
    } else if (leaf.section === "standard") {
      throw new Error(`${code}: no points for standard criterion ${leaf.key}`);
    }
    const extra = scores.rowBonus?.[code]?.[leaf.key];
    if (extra !== undefined) {
      bonus += hundredths(extra);
      fromSelf++;
    }
  }
  return {
    code,
    standard: fromHundredths(standard),
    bonus: fromHundredths(bonus),
    deduction: fromHundredths(deduction),
    total: fromHundredths(standard + bonus - deduction),
    scoreSource: fromAgreed === 0 ? "self" : fromSelf === 0 ? "bloc" : "mixed",
  };
}

/** Round-robin: the deputy chairs next; the next deputy is the unit after it in rotation order. */
function rotate(bloc: Bloc): { nextChair: string; nextDeputy: string } {
  const order = bloc.units
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => !u.noRotation)
    .sort((a, b) => (a.u.rotationOrder ?? a.i + 1) - (b.u.rotationOrder ?? b.i + 1) || a.i - b.i)
    .map(({ u }) => u.code);
  const after = (code: string): string => order[(order.indexOf(code) + 1) % order.length] as string;
  const nextChair = order.includes(bloc.deputy) ? bloc.deputy : after(bloc.chair);
  return { nextChair, nextDeputy: after(nextChair) };
}

export function computeOutcome(bloc: Bloc, tree: readonly Group[], scores: Scores): Outcome {
  const collator = new Intl.Collator("vi");
  const byCode = new Map(bloc.units.map((u) => [u.code, u]));
  const scored = bloc.units.map((u) => scoreUnit(tree, scores, u.code));
  scored.sort(
    (a, b) =>
      hundredths(b.total) - hundredths(a.total) ||
      collator.compare(byCode.get(a.code)?.name ?? "", byCode.get(b.code)?.name ?? ""),
  );
  const units: UnitOutcome[] = scored.map((s) => ({
    ...s,
    rank: 1 + scored.filter((o) => hundredths(o.total) > hundredths(s.total)).length,
  }));

  // The flag: one place; a rank that holds more eligible units than places is a tie for the conference.
  const flag: string[] = [];
  const ties: Outcome["ties"] = [];
  const waiting = new Set<string>();
  let places = 1;
  for (const rank of [...new Set(units.map((u) => u.rank))]) {
    if (places === 0) break;
    const here = units
      .filter((u) => u.rank === rank && eligible(byCode.get(u.code) as Unit, FLAG_RATING))
      .map((u) => u.code);
    if (here.length <= places) {
      flag.push(...here);
      places -= here.length;
    } else {
      ties.push({ award: "flag", units: here });
      for (const c of here) waiting.add(c);
      places = 0;
    }
  }
  const certificate = units
    .map((u) => u.code)
    .filter(
      (c) => !flag.includes(c) && !waiting.has(c) && eligible(byCode.get(c) as Unit, CERTIFICATE_RATING),
    );

  const sources = new Set(units.map((u) => u.scoreSource));
  const scoreSource = sources.size === 1 ? ([...sources][0] as UnitOutcome["scoreSource"]) : "mixed";
  return {
    scoreSource,
    units,
    proposals: { flag, governmentFlag: [], certificate },
    ties,
    ...rotate(bloc),
  };
}
