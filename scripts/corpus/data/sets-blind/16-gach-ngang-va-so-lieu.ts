/**
 * Blind set 16: bonus and deduction rows a unit did not earn hold a dash `-` (what an accountant's
 * format shows for nothing); a few points are typed with the short unit `9,5đ`; and each file has a
 * second sheet `Số liệu`, the unit's figures behind its scores (`Kế hoạch | Thực hiện | Tỷ lệ (%)`), all
 * numbers, none of them points.
 */
import type ExcelJS from "exceljs";
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { box, newBook, put, setWidths, vn } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { leafRows } from "../../lib/tree.js";
import type { Typing } from "../../lib/typing.js";
import { VHXH_NINH_BINH as bloc } from "./blocs.js";
import { GON as tree } from "../trees.js";
import { ascii, blocBook, dateLine, selfColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SGDDT: "I.1 19.5, I.3 14, II.2 6.5, III.1 9.5, IV.1 2",
  SYT: "I.2 14.5, I.4 9.5, II.1 7.5, III.3 6.5, IV.2 1, V.2 1.5",
  SLDTBXH: "I.1 19, I.3 14.5, II.2 6, III.2 7.5, IV.1 1",
  SVHTT: "I.2 14, II.1 7.5, III.1 9, IV.1 3, V.1 2",
  SDL: "I.1 19.5, I.4 9.5, II.2 6.5, III.3 6.5, IV.1 2.5, IV.2 1",
  PTTH: "I.3 13.5, II.1 7, III.2 7.5, IV.2 2",
});

/** Cells typed with `đ`: unit:key. */
const WITH_D = ["SGDDT:I.1", "SYT:I.4", "SDL:I.4", "SVHTT:III.1", "PTTH:I.3"];

const dTyping: Typing = (points, ctx) =>
  WITH_D.includes(`${ctx.unit}:${ctx.key}`) ? `${vn(points)}đ` : points;

/** A dash in every bonus and deduction row the unit left without points. */
function dashes(code: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const leaf of leafRows(tree))
    if (leaf.section !== "standard" && self[code]?.[leaf.key] === undefined) out[leaf.key] = "-";
  return out;
}

function addFigures(wb: ExcelJS.Workbook, seed: number): void {
  const ws = wb.addWorksheet("Số liệu");
  const head = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"];
  head.forEach((h, j) => put(ws, 1, j + 1, h, { bold: true, align: "center", border: true }));
  const rows: [string, string, number, number][] = [
    ["Hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ", 1200 + seed * 37, 1250 + seed * 41],
    ["Văn bản tham mưu ban hành", "văn bản", 45 + seed, 47 + seed],
    ["Cuộc thanh tra, kiểm tra", "cuộc", 12, 12 + (seed % 3)],
    ["Cán bộ được đào tạo, bồi dưỡng", "người", 80 + seed * 5, 86 + seed * 4],
  ];
  rows.forEach(([name, unitName, plan, done], i) => {
    const r = i + 2;
    put(ws, r, 1, i + 1, { align: "center" });
    put(ws, r, 2, name);
    put(ws, r, 3, unitName, { align: "center" });
    put(ws, r, 4, plan, { align: "center" });
    put(ws, r, 5, done, { align: "center" });
    put(ws, r, 6, Math.round((done / plan) * 1000) / 10, { align: "center" });
  });
  box(ws, 1, 1, rows.length + 1, head.length);
  setWidths(ws, [5, 40, 10, 10, 10, 10]);
}

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Tự chấm",
    unit: u,
    tree,
    scores: { self },
    columns: selfColumns("Điểm tự chấm"),
    banner: { left: ["UBND TỈNH NINH BÌNH", upper(u.name)], motto: "state" },
    dateLine: dateLine("Ninh Bình", 9, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name}`],
    typing: dTyping,
    override: { self: dashes(code) },
    ...options,
  });
  addFigures(wb, bloc.units.indexOf(u));
  return { path: `don-vi/Tu cham 2024 - ${ascii(u.name)}.xlsx`, book: wb, sheet };
}

export const set16: CorpusSet = {
  id: "16-gach-ngang-va-so-lieu",
  title:
    "`-` in the bonus and deduction rows left empty, points typed `9,5đ`, and a second sheet `Số liệu` of figures (plans, results, percentages) in every file",
  layout: ["published-criteria", "unit-files", "dash-for-nothing", "points-with-đ", "numeric-evidence-sheet"],
  bloc,
  tree,
  scores: { self },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, {
            title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024 - KHỐI VĂN HÓA - XÃ HỘI"],
          }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
