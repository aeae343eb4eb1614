import { basename } from "node:path";
import type { SheetCell, SheetRow } from "../write/xlsx/sheet-model.js";
import { writeXlsx } from "../write/xlsx/write-xlsx.js";
import type { IndexEntry } from "./index-entry.js";

const AWARDS = [
  ["flag", "Cờ thi đua"],
  ["governmentFlag", "Cờ thi đua của Chính phủ"],
  ["certificate", "Bằng khen"],
] as const;

const STATUS_WORDS: Record<IndexEntry["status"], string> = {
  ok: "Xong",
  existing: "Đã có",
  failed: "Lỗi",
  skipped: "Bỏ qua",
};

/**
 * `tong-hop.xlsx`: one row per bloc (name, year, leader, proposals by award, next chair and deputy,
 * status, error count, output folder, a note), and a sheet listing the failed blocs' errors with
 * their cells. Written by the direct writer of `ket-qua.xlsx`: a batch loads no spreadsheet library.
 * Both sheets print on A4 landscape, one page wide, with the header row on every page.
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
    "Ghi chú",
  ];
  const blocRows = entries.map((e, i): SheetRow => {
    const ran = e.status === "ok" || e.status === "existing";
    const nameOf = (code: string) => e.unitNames[code] ?? code;
    const names = (codes: readonly string[]) => codes.map(nameOf).join("; ");
    const member = (code: string | null) => (!ran ? "" : code === null ? "cần bình xét" : nameOf(code));
    const cells: SheetCell[] = [
      i + 1,
      // A bloc that failed before its name could be read is named by its input (issue 12).
      e.name ?? basename(e.input),
      e.year ?? "",
      names(e.leader),
      ...AWARDS.map(([award]) => names(e.proposals.filter((p) => p.award === award).flatMap((p) => p.units))),
      member(e.nextChair),
      member(e.nextDeputy),
      STATUS_WORDS[e.status],
      e.errorCount,
      e.warningCount,
      e.folder ?? "",
      e.input,
      e.reason?.message ?? (e.status === "failed" ? (e.errors[0]?.message ?? "") : ""),
    ];
    return { cells, boxed: true };
  });
  const errorRows = entries.flatMap((e) =>
    e.errors.map((d): SheetRow => ({
      boxed: true,
      cells: [
        e.input,
        d.code,
        d.file ?? "",
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
        widths: [5, 24, 6, 20, 18, 14, 26, 18, 18, 8, 6, 8, 18, 18, 28],
        frozen: { rows: 1, columns: 2 },
        filter: true,
        printTitleRows: 1,
        rows: [{ cells: header, style: "header", boxed: true }, ...blocRows],
      },
      {
        name: "Lỗi",
        widths: [24, 18, 24, 14, 9, 70],
        frozen: { rows: 1, columns: 0 },
        printTitleRows: 1,
        rows: [
          {
            cells: ["Đầu vào", "Mã lỗi", "Tệp", "Trang tính", "Ô/Dòng", "Nội dung"],
            style: "header",
            boxed: true,
          },
          ...errorRows,
        ],
      },
    ],
    { year, month: 12, day: 31 },
  );
}
