import type { SheetCell, SheetRow } from "../write/xlsx/sheet-model.js";
import { writeXlsx } from "../write/xlsx/write-xlsx.js";
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
 * Written by the direct writer of `ket-qua.xlsx`: a batch loads no spreadsheet library.
 */
export function buildIndexWorkbook(entries: readonly IndexEntry[]): Buffer {
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
  const blocRows = entries.map((e, i): SheetRow => {
    const ran = e.name !== null;
    const member = (ref: UnitRef | null) => (!ran ? "" : ref === null ? "cần bình xét" : ref.name);
    const cells: SheetCell[] = [
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
    ];
    return { cells };
  });
  const errorRows = entries.flatMap((e) =>
    e.errors.map((d): SheetRow => ({
      cells: [
        e.input,
        d.code,
        d.file,
        d.sheet ?? "",
        d.cell ?? (d.row !== undefined ? `dòng ${d.row}` : ""),
        d.message,
      ],
    })),
  );
  // A date from the data, not the clock: the same inputs give the same workbook (cli.md "Determinism").
  const year = Math.max(2000, ...entries.map((e) => e.year ?? 0));
  return writeXlsx(
    [
      {
        name: "Tổng hợp",
        widths: [6, 36, 7, 36, 36, 36, 36, 30, 30, 10, 8, 12, 36, 36],
        frozen: { rows: 1, columns: 2 },
        filter: true,
        rows: [{ cells: header, style: "bold" }, ...blocRows],
      },
      {
        name: "Lỗi",
        widths: [36, 20, 36, 16, 10, 80],
        frozen: { rows: 1, columns: 0 },
        rows: [
          { cells: ["Đầu vào", "Mã lỗi", "Tệp", "Trang tính", "Ô/Dòng", "Nội dung"], style: "bold" },
          ...errorRows,
        ],
      },
    ],
    { year, month: 12, day: 31 },
  );
}
