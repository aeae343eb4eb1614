import type { Bloc } from "../model/bloc.js";
import { toPoints } from "../model/points.js";
import type { BlocResult } from "../model/result.js";

const POINTS_FORMAT = "0.00";
const AWARD_WORDS = {
  flag: "Cờ thi đua",
  governmentFlag: "Cờ thi đua của Chính phủ",
  certificate: "Bằng khen",
} as const;

/** What each unit is proposed for, in words (for the ranking sheet's last column). */
function proposalsByUnit(result: BlocResult): Map<string, string[]> {
  const byUnit = new Map<string, string[]>();
  for (const p of result.proposals)
    for (const code of p.units) byUnit.set(code, [...(byUnit.get(code) ?? []), p.name]);
  for (const t of result.ties) {
    if (t.award === "chair" || t.award === "deputy") continue;
    for (const code of t.units)
      byUnit.set(code, [...(byUnit.get(code) ?? []), `cần bình xét (${AWARD_WORDS[t.award]})`]);
  }
  return byUnit;
}

/**
 * `ket-qua.xlsx`: the results for a secretary who keeps working in Excel (documents.md): a ranking and
 * proposals sheet and the full score matrix, laid out as the `Bảng điểm` layout so it can be read back.
 */
export async function buildResultsWorkbook(bloc: Bloc, result: BlocResult): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  // Fixed dates keep the file's metadata the same from run to run (cli.md "Determinism").
  const date = new Date(
    Date.UTC(bloc.info.meetingDate.year, bloc.info.meetingDate.month - 1, bloc.info.meetingDate.day),
  );
  workbook.created = date;
  workbook.modified = date;
  workbook.creator = "thidua";
  const names = new Map(bloc.units.map((u) => [u.code, u.name]));
  const nameOf = (code: string | null) => (code === null ? "cần bình xét" : (names.get(code) ?? code));
  const proposals = proposalsByUnit(result);
  const hasClass = result.units.some((u) => u.class !== null);

  const ranking = workbook.addWorksheet("Xếp hạng", { views: [{ state: "frozen", ySplit: 3 }] });
  ranking.addRow([
    `KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM ${bloc.info.year} - ${bloc.info.name.toUpperCase()}`,
  ]).font = { bold: true, size: 13 };
  ranking.addRow([]);
  const header = [
    "Hạng",
    "Mã",
    "Tên đơn vị",
    "Điểm chuẩn",
    "Điểm thưởng",
    "Điểm trừ",
    "Tổng điểm",
    ...(hasClass ? ["Xếp loại"] : []),
    "Đề nghị",
  ];
  ranking.addRow(header).font = { bold: true };
  for (const u of result.units) {
    ranking.addRow([
      u.rank,
      u.code,
      u.name,
      toPoints(u.standard),
      toPoints(u.bonus),
      toPoints(u.deduction),
      toPoints(u.total),
      ...(hasClass ? [u.class ?? ""] : []),
      (proposals.get(u.code) ?? []).join("; "),
    ]);
  }
  ranking.addRow([]);
  ranking.addRow(["Đề nghị khen thưởng"]).font = { bold: true };
  for (const p of result.proposals) {
    ranking.addRow([
      p.name,
      p.units.map(nameOf).join("; "),
      p.decidedBy === "conference" ? "Hội nghị quyết định" : "Theo quy tắc",
    ]);
  }
  for (const t of result.ties)
    ranking.addRow(["Cần bình xét", t.units.map(nameOf).join("; "), `hạng ${t.rank}`]);
  ranking.addRow([]);
  const words = bloc.info.kind === "cum" ? "Cụm" : "Khối";
  ranking.addRow([`${words} trưởng năm ${bloc.info.year + 1}`, nameOf(result.rotation.next.chair)]);
  ranking.addRow([`${words} phó năm ${bloc.info.year + 1}`, nameOf(result.rotation.next.deputy)]);
  ranking.columns.forEach((column, i) => {
    column.width = [7, 12, 48, 12, 12, 10, 12, 14, 40][i] ?? 14;
  });
  for (const col of [4, 5, 6, 7]) ranking.getColumn(col).numFmt = POINTS_FORMAT;

  const matrix = workbook.addWorksheet("Bảng điểm", { views: [{ state: "frozen", xSplit: 2, ySplit: 1 }] });
  matrix.addRow([
    "Mã",
    "Tên đơn vị",
    ...bloc.criteria.map((c) => c.code),
    "Điểm chuẩn",
    "Điểm thưởng",
    "Điểm trừ",
    "Tổng điểm",
    "Hạng",
  ]).font = { bold: true };
  for (const u of result.units) {
    const scores = bloc.scores[u.code] ?? {};
    matrix.addRow([
      u.code,
      u.name,
      ...bloc.criteria.map((c) => {
        const s = scores[c.code];
        return s === undefined ? null : toPoints(s.points);
      }),
      toPoints(u.standard),
      toPoints(u.bonus),
      toPoints(u.deduction),
      toPoints(u.total),
      u.rank,
    ]);
  }
  matrix.addRow([
    "Tối đa",
    "",
    ...bloc.criteria.map((c) => toPoints(c.max)),
    toPoints(result.standardMax),
  ]).font = { italic: true };
  matrix.getColumn(1).width = 12;
  matrix.getColumn(2).width = 44;
  for (let i = 3; i <= bloc.criteria.length + 6; i++) {
    matrix.getColumn(i).numFmt = POINTS_FORMAT;
    matrix.getColumn(i).width = 9;
  }
  const content = workbook.addWorksheet("Tiêu chí");
  content.addRow(["Mã", "Nội dung", "Điểm tối đa", "Loại", "Nhóm"]).font = { bold: true };
  const typeWords = { standard: "chuẩn", bonus: "thưởng", deduction: "trừ" } as const;
  for (const c of bloc.criteria)
    content.addRow([c.code, c.content, toPoints(c.max), typeWords[c.type], c.group ?? ""]);
  content.getColumn(2).width = 70;
  content.getColumn(5).width = 40;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
