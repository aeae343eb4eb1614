import { basename, extname } from "node:path";
import type { Unit } from "../../model/bloc.js";
import type { SheetFacts } from "../units/sheet-facts.js";
import type { MatchHow } from "../units/match-unit.js";
import { matchUnit } from "../units/match-unit.js";

/** Where the text that named a unit was: the sheet's name, an `Đơn vị:` line, the banner, the file's name. */
export type NamedBy = "sheet" | "unitLine" | "banner" | "file";

export type Identified =
  | {
      kind: "one";
      unit: Unit;
      by: NamedBy;
      how: MatchHow;
      text: string;
      /** Another text of the form naming another unit, outweighed (a file saved under another's name). */
      otherwise?: { unit: Unit; by: NamedBy; text: string };
    }
  | { kind: "several"; units: Unit[]; text: string }
  | {
      kind: "conflict";
      first: { unit: Unit; by: NamedBy; text: string };
      second: { unit: Unit; by: NamedBy; text: string };
    }
  | { kind: "none" };

/** Strong ways of naming a unit: when two texts name different units this strongly, the form is refused. */
const STRONG = new Set<MatchHow>(["code", "name", "cutName", "nameInText"]);

/** A file's name as a unit might be named in it: `Bang tu cham diem 2024 - So Tai chinh.xlsx` → its stem. */
export function fileStem(file: string): string {
  return basename(file, extname(file)).normalize("NFC");
}

/**
 * The unit a form belongs to, from its sheet's name, its `Đơn vị:` line, its banner, then its file's
 * name (only for a unit's own workbook): the first text that names one unit. A later text naming
 * another unit by code or name is a conflict (a form copied from another unit), never resolved by a pick.
 */
export function identifyUnit(
  candidates: { sheet: string; facts: SheetFacts; file: string | null },
  units: readonly Unit[],
): Identified {
  const texts: { by: NamedBy; text: string }[] = [
    { by: "sheet", text: candidates.sheet },
    ...candidates.facts.unitLines.map((text) => ({ by: "unitLine" as const, text })),
    ...candidates.facts.bannerLines.map((text) => ({ by: "banner" as const, text })),
    ...(candidates.file === null ? [] : [{ by: "file" as const, text: fileStem(candidates.file) }]),
  ];
  let found: Extract<Identified, { kind: "one" }> | null = null;
  for (const { by, text } of texts) {
    const match = matchUnit(text, units);
    if (match.kind === "several" && found === null) return { kind: "several", units: match.units, text };
    if (match.kind !== "one") continue;
    if (found === null) {
      found = { kind: "one", unit: match.unit, by, how: match.how, text };
      continue;
    }
    if (match.unit.code === found.unit.code || !STRONG.has(match.how) || !STRONG.has(found.how)) continue;
    const other = { unit: match.unit, by, text };
    // The form's own banner outweighs a file's name (files are saved under each other's names): said,
    // not refused. A sheet's name or an `Đơn vị:` line against another is a form copied from another unit.
    if (found.by === "banner" || by === "banner") {
      found.otherwise ??= other;
      continue;
    }
    return { kind: "conflict", first: { unit: found.unit, by: found.by, text: found.text }, second: other };
  }
  return found ?? { kind: "none" };
}
