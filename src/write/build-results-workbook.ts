import type { Bloc } from "../model/bloc.js";
import { toPoints } from "../model/points.js";
import type { BlocResult } from "../model/result.js";
import type { PrevYear } from "../prev/prev-year.js";
import type { SheetCell, SheetRow, SheetSpec } from "./xlsx/sheet-model.js";
import { writeXlsx } from "./xlsx/write-xlsx.js";

const AWARD_WORDS = {
  flag: "Cờ thi đua",
  governmentFlag: "Cờ thi đua của Chính phủ",
  certificate: "Bằng khen",
} as const;
const TYPE_WORDS = { standard: "chuẩn", bonus: "thưởng", deduction: "trừ" } as const;

/** Points as a number cell shown with two decimals. */
const points = (h: number, bold = false): SheetCell => ({
  value: toPoints(h),
  style: bold ? "boldPoints" : "points",
});

/** What each unit is proposed for, in words (for the ranking sheet's last column). */
function proposalsByUnit(result: BlocResult): Map<string, string[]> {
  const byUnit = new Map<string, string[]>();
  const add = (code: string, text: string) => byUnit.set(code, [...(byUnit.get(code) ?? []), text]);
  for (const p of result.proposals) for (const code of p.units) add(code, p.name);
  for (const t of result.ties) {
    if (t.award === "chair" || t.award === "deputy") continue;
    for (const code of t.units) add(code, `cần bình xét (${AWARD_WORDS[t.award]})`);
  }
  return byUnit;
}

/**
 * The unit code column, as wide as the longest code: a code is never broken over two lines (capitals
 * and hyphens take about 1.5 width units each in Times New Roman).
 */
const codeWidth = (bloc: Bloc): number =>
  Math.max(6, ...bloc.units.map((u) => Math.ceil(u.code.length * 1.5) + 2));

/** With `--prev`, a unit's total and rank last year; empty cells for a unit new this year. */
function lastYear(prev: PrevYear | null, code: string): SheetCell[] {
  if (prev === null) return [];
  const last = prev.units[code];
  return last === undefined ? [null, null] : [points(last.total), last.rank];
}

const sentence = (text: string): SheetRow => ({ cells: [text], style: "wrapped", merged: true });

function rankingSheet(bloc: Bloc, result: BlocResult, prev: PrevYear | null): SheetSpec {
  const names = new Map(bloc.units.map((u) => [u.code, u.name]));
  const nameOf = (code: string | null) => (code === null ? "cần bình xét" : (names.get(code) ?? code));
  const proposals = proposalsByUnit(result);
  const hasClass = result.units.some((u) => u.class !== null);
  const words = bloc.info.kind === "cum" ? "Cụm" : "Khối";
  const next = bloc.info.year + 1;
  const rows: SheetRow[] = [
    {
      cells: [`KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM ${bloc.info.year} - ${bloc.info.name.toUpperCase()}`],
      style: "title",
      merged: true,
    },
    { cells: [] },
    {
      cells: [
        "Hạng",
        "Mã",
        "Tên đơn vị",
        "Điểm chuẩn",
        "Điểm thưởng",
        "Điểm trừ",
        "Tổng điểm",
        ...(hasClass ? ["Xếp loại"] : []),
        ...(prev === null ? [] : [`Tổng điểm năm ${prev.year}`, `Hạng năm ${prev.year}`]),
        "Đề nghị",
      ],
      style: "header",
      boxed: true,
    },
    ...result.units.map((u) => ({
      boxed: true,
      cells: [
        u.rank,
        u.code,
        u.name,
        points(u.standard),
        points(u.bonus),
        points(u.deduction),
        points(u.total, true),
        ...(hasClass ? [u.class ?? ""] : []),
        ...lastYear(prev, u.code),
        (proposals.get(u.code) ?? []).join("; "),
      ],
    })),
    { cells: [] },
    { cells: ["Đề nghị khen thưởng"], style: "bold" },
    // Sentences under the table are merged across it and wrap: they print inside the page's width.
    ...result.proposals.map((p) =>
      sentence(
        `${p.name}${p.decidedBy === "conference" ? " (hội nghị quyết định)" : ""}: ${p.units.map(nameOf).join("; ")}`,
      ),
    ),
    ...result.ties.map((t) => sentence(`Cần bình xét (hạng ${t.rank}): ${t.units.map(nameOf).join("; ")}`)),
    { cells: [] },
    sentence(`${words} trưởng năm ${next}: ${nameOf(result.rotation.next.chair)}`),
    sentence(`${words} phó năm ${next}: ${nameOf(result.rotation.next.deputy)}`),
  ];
  return {
    name: "Xếp hạng",
    widths: [6, codeWidth(bloc), 44, 10, 10, 9, 10, ...(hasClass ? [12] : []), ...(prev ? [11, 8] : []), 40],
    frozen: { rows: 3, columns: 0 },
    printTitleRows: 3,
    rows,
  };
}

/** Units × criteria, laid out as the `Bảng điểm` layout of workbook.md so the sheet can be read back. */
function matrixSheet(bloc: Bloc, result: BlocResult): SheetSpec {
  const rows: SheetRow[] = [
    {
      cells: [
        "Mã",
        "Tên đơn vị",
        ...bloc.criteria.map((c) => c.code),
        "Điểm chuẩn",
        "Điểm thưởng",
        "Điểm trừ",
        "Tổng điểm",
        "Hạng",
      ],
      style: "header",
      boxed: true,
    },
    ...result.units.map((u) => {
      const scores = bloc.scores[u.code] ?? {};
      return {
        boxed: true,
        cells: [
          u.code,
          u.name,
          ...bloc.criteria.map((c) => {
            const s = scores[c.code];
            return s === undefined ? null : points(s.points);
          }),
          points(u.standard),
          points(u.bonus),
          points(u.deduction),
          points(u.total, true),
          u.rank,
        ],
      };
    }),
    {
      cells: ["Tối đa", "", ...bloc.criteria.map((c) => points(c.max)), points(result.standardMax)],
      style: "italic",
      boxed: true,
    },
  ];
  return {
    name: "Bảng điểm",
    // Criteria columns as narrow as `10.00`: the matrix prints one page wide however many there are.
    widths: [codeWidth(bloc), 36, ...bloc.criteria.map(() => 7), 9, 9, 8, 9, 6],
    frozen: { rows: 1, columns: 2 },
    printTitleRows: 1,
    rows,
  };
}

function criteriaSheet(bloc: Bloc): SheetSpec {
  return {
    name: "Tiêu chí",
    widths: [8, 80, 10, 9, 36],
    frozen: { rows: 1, columns: 0 },
    printTitleRows: 1,
    rows: [
      { cells: ["Mã", "Nội dung", "Điểm tối đa", "Loại", "Nhóm"], style: "header", boxed: true },
      ...bloc.criteria.map((c) => ({
        boxed: true,
        cells: [c.code, c.content, points(c.max), TYPE_WORDS[c.type], c.group ?? ""],
      })),
    ],
  };
}

/**
 * `ket-qua.xlsx`: the results for a secretary who keeps working in Excel (documents.md): a ranking and
 * proposals sheet (with `--prev`, last year's total and rank beside this year's), the full score
 * matrix, and the criteria.
 */
export function buildResultsWorkbook(bloc: Bloc, result: BlocResult, prev: PrevYear | null = null): Buffer {
  return writeXlsx(
    [rankingSheet(bloc, result, prev), matrixSheet(bloc, result), criteriaSheet(bloc)],
    bloc.info.meetingDate,
  );
}
