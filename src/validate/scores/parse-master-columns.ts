import type { Unit } from "../../model/bloc.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { RawSheet } from "../../read/raw-workbook.js";
import type { CriterionLookup } from "../criteria/criterion-lookup.js";
import type { SectionLimits } from "../criteria/check-group-maxima.js";
import { checkUnknownNumbers } from "../table/check-unknown-numbers.js";
import type { HeaderColumn } from "../table/find-header.js";
import { findHeader } from "../table/find-header.js";
import { mergeMasters } from "../table/merged-cells.js";
import type { MatchHow } from "../units/match-unit.js";
import { matchUnit } from "../units/match-unit.js";
import type { FormColumns } from "./form-columns.js";
import type { FormTable } from "./read-form-table.js";
import { readFormTable } from "./read-form-table.js";

/** One unit's column of a master table, read as that unit's agreed points. */
export interface MasterColumn {
  unit: Unit;
  column: HeaderColumn;
  how: MatchHow;
  table: FormTable;
}

export interface MasterColumns {
  /** 0-based first row of the header: what is above it (the title and its year) says which year it is. */
  headerRow: number;
  columns: MasterColumn[];
  diagnostics: Diagnostic[];
}

const ROW_ROLES = new Set(["code", "no", "content"]);

/** What a unit's column of a master table holds: the points that count, or one of several kinds. */
type UnitColumnRole = "agreed" | "self" | "bonus" | "deduction";
const SPLIT_ROLES = new Set(["self", "agreed", "bonus", "deduction"]);

/**
 * The unit a header column names, when it names exactly one: by its text or the merged text above it
 * (a unit's name over `ĐV tự chấm | Cụm chấm`, each then that kind of points; a plain unit column holds
 * the points that count).
 */
function unitOfColumn(
  column: HeaderColumn,
  units: readonly Unit[],
): { unit: Unit; how: MatchHow; role: UnitColumnRole } | null {
  const split = column.role !== null && SPLIT_ROLES.has(column.role) && column.top !== null;
  if (column.role !== null && column.role !== "unit" && !split) return null;
  for (const text of split ? [column.top] : [column.text, column.top]) {
    if (text === null || text === "") continue;
    const match = matchUnit(text, units);
    if (match.kind === "one")
      return { unit: match.unit, how: match.how, role: split ? (column.role as UnitColumnRole) : "agreed" };
  }
  return null;
}

/**
 * Reads the chair's master table with units as columns (real-layouts.md): `TT | Nội dung | Điểm chuẩn |
 * <one column per unit>`, criteria as rows, group rows and `Tổng cộng` checked per unit, a `Xếp hạng`
 * row kept for the cross-check. Each unit column holds the points that count: the bloc's. Null when
 * the sheet holds no such table (fewer than two unit columns).
 */
export function parseMasterColumns(
  sheet: RawSheet,
  file: string,
  units: readonly Unit[],
  lookup: CriterionLookup,
  limits: SectionLimits,
): MasterColumns | null {
  const masterOf = mergeMasters(sheet);
  const accept = (columns: readonly HeaderColumn[]) => {
    if (!columns.some((c) => c.role !== null && ROW_ROLES.has(c.role))) return 0;
    const named = new Set(columns.flatMap((c) => unitOfColumn(c, units)?.unit.code ?? []));
    return named.size >= 2 ? named.size + columns.filter((c) => unitOfColumn(c, units) !== null).length : 0;
  };
  const header = findHeader(sheet, accept, masterOf);
  if (header === null) return null;
  const diagnostics: Diagnostic[] = [];
  const where = { file, sheet: sheet.name };
  const role = (r: string) => header.columns.find((c) => c.role === r) ?? null;
  const base = { code: role("code") ?? role("no"), content: role("content"), max: role("max") };
  const used = new Set([base.code, base.content, base.max].flatMap((c) => (c === null ? [] : [c.col])));
  // Every unit column is known before any is read, so that each reading lists the same columns used.
  const named = new Map<
    string,
    { unit: Unit; how: MatchHow; column: HeaderColumn; roles: Map<UnitColumnRole, HeaderColumn> }
  >();
  for (const column of header.columns) {
    const found = unitOfColumn(column, units);
    if (found === null) continue;
    used.add(column.col);
    const entry = named.get(found.unit.code) ?? {
      unit: found.unit,
      how: found.how,
      column,
      roles: new Map(),
    };
    const before = entry.roles.get(found.role);
    if (before) {
      const args = { unit: found.unit.code, first: before.cell };
      diagnostics.push(diagnostic("unitColumnTwice", "error", { ...where, cell: column.cell }, args));
      continue;
    }
    entry.roles.set(found.role, column);
    named.set(found.unit.code, entry);
  }
  const columns: MasterColumn[] = [...named.values()].map(({ column, unit, how, roles }) => {
    const of = (role: UnitColumnRole) => roles.get(role) ?? null;
    const formColumns: FormColumns = {
      ...base,
      self: of("self"),
      agreed: of("agreed"),
      bonus: of("bonus"),
      deduction: of("deduction"),
      used,
    };
    const table = readFormTable({ sheet, file, header, masterOf }, formColumns, lookup, limits);
    diagnostics.push(...table.diagnostics);
    return { unit, column, how, table };
  });
  const rows = columns[0]?.table.rows ?? [];
  diagnostics.push(...checkUnknownNumbers(sheet, file, header.columns, used, rows, masterOf));
  return { headerRow: header.firstRow, columns, diagnostics: once(diagnostics) };
}

/** The rows are the same for every unit column: a problem of a row is reported once, not once per unit. */
function once(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code} ${d.location.sheet ?? ""} ${d.location.cell ?? ""} ${d.location.row ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
