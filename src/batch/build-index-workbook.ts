import type { UnitRef } from "./batch-protocol.js";
import type { IndexEntry } from "./index-entry.js";

const AWARDS = [
  ["flag", "Cờ thi đua"],
  ["governmentFlag", "Cờ thi đua của Chính phủ"],
  ["certificate", "Bằng khen"],
] as const;

const names = (units: readonly UnitRef[]) => units.map((u) => u.name).join("; ");

/**
 * `tong-hop.xlsx`: one row per bloc (name, year, leader, proposals by award, next chair and deputy,
 * status, error count, output folder), and a sheet listing the failed blocs' errors with their cells.
 */
export async function buildIndexWorkbook(entries: readonly IndexEntry[]): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  // A date from the data, not the clock: the same inputs give the same workbook (cli.md "Determinism").
  const year = Math.max(2000, ...entries.map((e) => e.year ?? 0));
  workbook.created = new Date(Date.UTC(year, 11, 31));
  workbook.modified = workbook.created;
  workbook.creator = "thidua";

  const sheet = workbook.addWorksheet("Tổng hợp", { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  const header = [
    "STT",
    "Khối/Cụm thi đua",
    "Năm",
    "Dẫn đầu",
    ...AWARDS.map(([, word]) => word),
    "Trưởng năm sau",
    "Phó năm sau",
    "Trạng thái",
    "Số lỗi",
    "Số cảnh báo",
    "Thư mục kết quả",
    "Đầu vào",
  ];
  sheet.addRow(header).font = { bold: true };
  entries.forEach((e, i) => {
    const ran = e.name !== null;
    const member = (ref: UnitRef | null) => (!ran ? "" : ref === null ? "cần bình xét" : ref.name);
    sheet.addRow([
      i + 1,
      e.name ?? "",
      e.year ?? "",
      names(e.leader),
      ...AWARDS.map(([award]) => names(e.proposals.filter((p) => p.award === award).flatMap((p) => p.units))),
      member(e.nextChair),
      member(e.nextDeputy),
      e.status === "ok" ? "Xong" : "Lỗi",
      e.errorCount,
      e.warningCount,
      e.folder ?? "",
      e.input,
    ]);
  });
  [6, 36, 7, 36, 36, 36, 36, 30, 30, 10, 8, 12, 36, 36].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };

  const errors = workbook.addWorksheet("Lỗi", { views: [{ state: "frozen", ySplit: 1 }] });
  errors.addRow(["Đầu vào", "Mã lỗi", "Tệp", "Trang tính", "Ô/Dòng", "Nội dung"]).font = { bold: true };
  for (const e of entries) {
    for (const d of e.errors) {
      errors.addRow([
        e.input,
        d.code,
        d.file,
        d.sheet ?? "",
        d.cell ?? (d.row !== undefined ? `dòng ${d.row}` : ""),
        d.message,
      ]);
    }
  }
  [36, 20, 36, 16, 10, 80].forEach((width, i) => {
    errors.getColumn(i + 1).width = width;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
