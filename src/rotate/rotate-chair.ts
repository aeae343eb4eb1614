import type { Bloc, Unit } from "../model/bloc.js";
import { diagnostic, type Diagnostic, type Location } from "../model/diagnostic.js";
import type { RotationResult, Tie } from "../model/result.js";
import type { RankedUnit } from "../rank/rank-units.js";
import { unitsLocation } from "../score/units-location.js";
import { rotationOrder } from "./rotation-order.js";

/** The rotation's outcome: next year's chair and deputy, ties that need a vote, and problems found. */
export interface Rotation {
  rotation: RotationResult;
  ties: Tie[];
  diagnostics: Diagnostic[];
}

type Next = RotationResult["next"];
const UNDECIDED: Next = { chair: null, deputy: null };

/**
 * Next year's chair and deputy by the bloc's method (rules.md "Rotation of chair and deputy"). Only
 * units without `Không luân phiên` may serve, and at least two are needed (else `rotationTooFew`).
 */
export function rotateChair(
  bloc: Pick<Bloc, "file" | "info" | "units">,
  ranked: readonly RankedUnit[],
): Rotation {
  const { info } = bloc;
  const current = { chair: info.chair, deputy: info.deputy };
  const done = (next: Next, ties: Tie[] = [], diagnostics: Diagnostic[] = []): Rotation => ({
    rotation: { method: info.rotation, current, next },
    ties,
    diagnostics,
  });
  const serving = bloc.units.filter((u) => !u.noRotation);
  if (serving.length < 2) {
    return done(
      UNDECIDED,
      [],
      [diagnostic("rotationTooFew", "error", unitsLocation(bloc), { found: serving.length })],
    );
  }
  switch (info.rotation) {
    case "round-robin":
      return done(roundRobin(bloc.units, current));
    case "by-rank":
      return byRank(bloc, ranked, done);
    case "assigned":
      return assigned(bloc, done);
  }
}

/**
 * HD 1122/BTĐKT-VI, elected in turn: next chair = this year's deputy if there is one and it may serve,
 * else the serving unit after this year's chair in the circle; next deputy = the serving unit after the
 * next chair. A chair outside the circle (`noRotation`) keeps its place in the order of all units.
 */
function roundRobin(units: readonly Unit[], current: RotationResult["current"]): Next {
  const order = rotationOrder(units);
  const after = (code: string): string => {
    const start = order.findIndex((u) => u.code === code); // -1 (unknown chair): start at the first unit
    for (let step = 1; step <= order.length; step++) {
      const unit = order[(start + step) % order.length];
      if (unit !== undefined && !unit.noRotation && unit.code !== code) return unit.code;
    }
    throw new Error("rotateChair: fewer than two serving units"); // excluded by the caller's check
  };
  const deputy = units.find((u) => u.code === current.deputy);
  const chair =
    deputy !== undefined && !deputy.noRotation && deputy.code !== current.chair
      ? deputy.code
      : after(current.chair);
  return { chair, deputy: after(chair) };
}

/**
 * By rank: next chair = the best-ranked serving unit other than this year's chair, next deputy the next
 * one. A shared rank decides nothing (`cần bình xét`): a tie for the chair leaves both undecided, a tie
 * for the deputy only the deputy. With two serving units one of which chairs now, the other becomes
 * chair and the outgoing chair deputy: nobody else is left to serve.
 */
function byRank(
  bloc: Pick<Bloc, "file" | "info" | "units">,
  ranked: readonly RankedUnit[],
  done: (next: Next, ties?: Tie[], diagnostics?: Diagnostic[]) => Rotation,
): Rotation {
  const { info } = bloc;
  const serving = new Set(bloc.units.filter((u) => !u.noRotation).map((u) => u.code));
  const candidates = ranked.filter((u) => serving.has(u.code) && u.code !== info.chair);
  const words = roleWords(info.kind);
  const ties: Tie[] = [];
  const diagnostics: Diagnostic[] = [];
  const tie = (award: "chair" | "deputy", units: readonly RankedUnit[]): void => {
    const rank = units[0]?.rank ?? 0;
    ties.push({ award, units: units.map((u) => u.code), rank });
    diagnostics.push(
      diagnostic("rotationTie", "warning", infoLocation(bloc.file), {
        role: words[award],
        rank,
        units: units.map((u) => u.name),
        codes: units.map((u) => u.code),
      }),
    );
  };
  const top = candidates.filter((u) => u.rank === candidates[0]?.rank);
  const chair = top[0];
  if (top.length !== 1 || chair === undefined) {
    tie("chair", top);
    return done(UNDECIDED, ties, diagnostics);
  }
  const rest = candidates.slice(1);
  if (rest.length === 0) return done({ chair: chair.code, deputy: info.chair }, ties, diagnostics);
  const second = rest.filter((u) => u.rank === rest[0]?.rank);
  const deputy = second[0];
  if (second.length !== 1 || deputy === undefined) {
    tie("deputy", second);
    return done({ chair: chair.code, deputy: null }, ties, diagnostics);
  }
  return done({ chair: chair.code, deputy: deputy.code }, ties, diagnostics);
}

/**
 * Assigned by the conference (`Khối trưởng năm sau` / `Khối phó năm sau`): two different member units,
 * and, since only units without `Không luân phiên` may serve (rules.md), units that may serve.
 */
function assigned(
  bloc: Pick<Bloc, "file" | "info" | "units">,
  done: (next: Next, ties?: Tie[], diagnostics?: Diagnostic[]) => Rotation,
): Rotation {
  const { info } = bloc;
  const words = roleWords(info.kind);
  const reasons: string[] = [];
  const check = (code: string | null, role: "chair" | "deputy"): void => {
    if (code === null) {
      reasons.push(`chưa ghi "${words[role]} năm sau"`);
      return;
    }
    const unit = bloc.units.find((u) => u.code === code);
    if (unit === undefined) reasons.push(`${words[role]} năm sau "${code}" không phải là đơn vị của khối`);
    else if (unit.noRotation)
      reasons.push(`${words[role]} năm sau "${unit.name}" được đánh dấu "Không luân phiên"`);
  };
  check(info.nextChair, "chair");
  check(info.nextDeputy, "deputy");
  if (info.nextChair !== null && info.nextChair === info.nextDeputy) {
    reasons.push(`"${words.chair} năm sau" và "${words.deputy} năm sau" là cùng một đơn vị`);
  }
  if (reasons.length > 0) {
    const location = infoLocation(bloc.file);
    return done(
      UNDECIDED,
      [],
      reasons.map((reason) => diagnostic("assignedRotationInvalid", "error", location, { reason })),
    );
  }
  return done({ chair: info.nextChair, deputy: info.nextDeputy });
}

/** Khối trưởng/Cụm trưởng… follow `Loại` (workbook.md). */
function roleWords(kind: Bloc["info"]["kind"]): Record<"chair" | "deputy", string> {
  const word = kind === "cum" ? "Cụm" : "Khối";
  return { chair: `${word} trưởng`, deputy: `${word} phó` };
}

/** The rotation is set and fixed in the `Thông tin` sheet (method, next chair and deputy). */
function infoLocation(file: string): Location {
  return { file, sheet: "Thông tin" };
}
