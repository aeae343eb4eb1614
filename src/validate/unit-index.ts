import type { Unit } from "../model/bloc.js";
import { normalizeCode, normalizeName } from "./normalize-name.js";

/** Excel limits sheet names to 31 characters: a unit's long name is often cut there. */
const SHEET_NAME_LIMIT = 31;

/** Looks a unit up by its code or its full name, as typed anywhere in the workbook. */
export type UnitIndex = (text: string) => Unit | undefined;

/** Builds the lookup; codes win over names when a text could be either. */
export function indexUnits(units: readonly Unit[]): UnitIndex {
  const byCode = new Map(units.map((u) => [normalizeCode(u.code), u]));
  const byName = new Map(units.map((u) => [normalizeName(u.name), u]));
  const byCutName = new Map(units.map((u) => [normalizeName(u.name.slice(0, SHEET_NAME_LIMIT)), u]));
  return (text) => {
    const key = normalizeName(text);
    return byCode.get(normalizeCode(text)) ?? byName.get(key) ?? byCutName.get(key);
  };
}
