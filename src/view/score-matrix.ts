import type { Bloc, Criterion } from "../model/bloc.js";
import { formatPoints } from "../model/points.js";
import type { BlocResult } from "../model/result.js";
import { romanNumeral } from "./text/roman-numeral.js";
import type { MatrixPartView, MatrixRowView, MatrixView } from "./view-model.js";

type Row = Omit<MatrixRowView, "isGroup" | "strong">;

const row = (r: Row): MatrixRowView => ({
  ...r,
  isGroup: r.kind === "group",
  strong: r.kind !== "criterion",
});

/**
 * The appendix matrix: standard criteria grouped by `Nhóm` (in the order the groups first appear),
 * each group followed by its subtotal; then the standard total, bonus rows, deduction rows, the
 * total and the rank. Columns are the units in ranking order.
 */
export function buildScoreMatrix(bloc: Bloc, result: BlocResult): MatrixView {
  const units = result.units;
  const points = (unitCode: string, criterion: Criterion): string => {
    const score = bloc.scores[unitCode]?.[criterion.code];
    return formatPoints(score?.points ?? 0);
  };
  const criterionRow = (c: Criterion): MatrixRowView =>
    row({
      kind: "criterion",
      code: c.code,
      label: c.content,
      max: formatPoints(c.max),
      cells: units.map((u) => points(u.code, c)),
    });
  const sumMax = (cs: readonly Criterion[]): string => formatPoints(cs.reduce((s, c) => s + c.max, 0));

  const rows: MatrixRowView[] = [];
  const standard = bloc.criteria.filter((c) => c.type === "standard");
  const groups: string[] = [];
  for (const c of standard) if (!groups.includes(c.group ?? "")) groups.push(c.group ?? "");
  const grouped = groups.length > 1 || (groups[0] ?? "") !== "";

  groups.forEach((group, index) => {
    const members = standard.filter((c) => (c.group ?? "") === group);
    if (grouped) {
      // A group named with its own numbering (`I. Thực hiện nhiệm vụ`) keeps it; others get a Roman numeral.
      const numbered = /^[IVXLC]+[.)]\s/.test(group);
      rows.push(
        row({
          kind: "group",
          code: numbered ? "" : romanNumeral(index + 1),
          label: group || "Tiêu chí khác",
          max: sumMax(members),
          cells: [],
        }),
      );
    }
    rows.push(...members.map(criterionRow));
    if (grouped) {
      rows.push(
        row({
          kind: "subtotal",
          code: "",
          label: `Cộng ${romanNumeral(index + 1)}`,
          max: sumMax(members),
          cells: units.map((u) => formatPoints(u.groupSubtotals[group] ?? 0)),
        }),
      );
    }
  });
  rows.push(
    row({
      kind: "standard",
      code: "A",
      label: "Tổng điểm chuẩn",
      max: formatPoints(result.standardMax),
      cells: units.map((u) => formatPoints(u.standard)),
    }),
  );

  const bonus = bloc.criteria.filter((c) => c.type === "bonus");
  if (bonus.length > 0) {
    rows.push(...bonus.map(criterionRow));
    const capped = units.some((u) => u.bonus !== u.bonusEarned);
    rows.push(
      row({
        kind: "bonus",
        code: "B",
        label: capped ? "Điểm thưởng được tính (sau giới hạn)" : "Cộng điểm thưởng",
        max: bloc.rules.bonusCap === null ? sumMax(bonus) : formatPoints(bloc.rules.bonusCap),
        cells: units.map((u) => formatPoints(u.bonus)),
      }),
    );
  }
  const deduction = bloc.criteria.filter((c) => c.type === "deduction");
  if (deduction.length > 0) {
    rows.push(...deduction.map(criterionRow));
    rows.push(
      row({
        kind: "deduction",
        code: "C",
        label: "Cộng điểm trừ",
        max: "",
        cells: units.map((u) => formatPoints(u.deduction)),
      }),
    );
  }
  rows.push(
    row({
      kind: "total",
      code: "",
      label: "TỔNG ĐIỂM",
      max: "",
      cells: units.map((u) => formatPoints(u.total)),
    }),
  );
  rows.push(
    row({ kind: "rank", code: "", label: "XẾP HẠNG", max: "", cells: units.map((u) => String(u.rank)) }),
  );

  const columns = units.map((u, i) => ({ code: u.code, name: u.name, stt: i + 1 }));
  return { columns, rows, columnCount: 3 + units.length, parts: splitParts(columns, rows) };
}

/** Units per matrix table at most: ten 15 mm number columns leave 8 cm of landscape A4 for the criteria. */
const MAX_UNITS_PER_PART = 10;

/** Cuts the unit columns into balanced runs of at most MAX_UNITS_PER_PART. */
function splitParts(columns: MatrixView["columns"], rows: MatrixRowView[]): MatrixPartView[] {
  const count = Math.max(1, Math.ceil(columns.length / MAX_UNITS_PER_PART));
  const size = Math.ceil(columns.length / count);
  return Array.from({ length: count }, (_, i) => {
    const from = i * size;
    const part = columns.slice(from, from + size);
    return {
      number: i + 1,
      isFirst: i === 0,
      columns: part,
      rows: rows.map((r) => ({ ...r, cells: r.cells.slice(from, from + size) })),
      columnCount: 3 + part.length,
    };
  });
}
