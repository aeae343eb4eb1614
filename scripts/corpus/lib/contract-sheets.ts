/**
 * The two sheets every set keeps in the contract's layout (spec/workbook.md): `Thông tin`, key in A
 * and value in B, and `Đơn vị`, one row per member unit. Only the columns a set uses are written.
 */
import type ExcelJS from "exceljs";
import type { Bloc } from "./model.js";
import { dateCell, put, setWidths } from "./book.js";

export function addInfoSheet(wb: ExcelJS.Workbook, bloc: Bloc): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("Thông tin");
  const cum = bloc.kind === "Cụm";
  const rows: [string, ExcelJS.CellValue | undefined][] = [
    ["Tên khối", bloc.name],
    ["Loại", bloc.kind],
    ["Năm", bloc.year],
    ["Cấp trên", bloc.council],
    ["Cấp khen", bloc.authority],
    ["Địa danh", bloc.place],
    ["Ngày họp", dateCell(bloc.meeting)],
    ["Địa điểm", bloc.venue],
    [cum ? "Cụm trưởng" : "Khối trưởng", bloc.chair],
    [cum ? "Cụm phó" : "Khối phó", bloc.deputy],
    ["Luân phiên", "vòng tròn"],
    ["Người ký", bloc.signer],
    ["Chức vụ người ký", bloc.signerTitle],
    ["Thể thức", bloc.format],
  ];
  let r = 1;
  for (const [key, value] of rows) {
    if (value === undefined) continue;
    put(ws, r, 1, key, { bold: true });
    put(ws, r, 2, value, value instanceof Date ? { numFmt: "dd/mm/yyyy", align: "left" } : {});
    r++;
  }
  setWidths(ws, [24, 70]);
  return ws;
}

export function addUnitsSheet(wb: ExcelJS.Workbook, bloc: Bloc): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("Đơn vị");
  const units = bloc.units;
  const columns: { header: string; width: number; value: (i: number) => ExcelJS.CellValue | undefined }[] = [
    { header: "STT", width: 6, value: (i) => i + 1 },
    { header: "Mã", width: 10, value: (i) => units[i]?.code },
    { header: "Tên đơn vị", width: 48, value: (i) => units[i]?.name },
  ];
  if (units.some((u) => u.rotationOrder !== undefined))
    columns.push({ header: "Thứ tự luân phiên", width: 12, value: (i) => units[i]?.rotationOrder });
  if (units.some((u) => u.noRotation))
    columns.push({
      header: "Không luân phiên",
      width: 12,
      value: (i) => (units[i]?.noRotation ? "x" : undefined),
    });
  if (units.some((u) => u.rating !== undefined))
    columns.push({ header: "Xếp loại", width: 30, value: (i) => units[i]?.rating });
  if (units.some((u) => u.discipline !== undefined))
    columns.push({ header: "Kỷ luật", width: 30, value: (i) => units[i]?.discipline });
  if (units.some((u) => u.note !== undefined))
    columns.push({ header: "Ghi chú", width: 24, value: (i) => units[i]?.note });
  columns.forEach((c, j) =>
    put(ws, 1, j + 1, c.header, { bold: true, border: true, align: "center", wrap: true }),
  );
  units.forEach((_, i) =>
    columns.forEach((c, j) =>
      put(ws, i + 2, j + 1, c.value(i), { border: true, align: j === 0 ? "center" : undefined }),
    ),
  );
  setWidths(
    ws,
    columns.map((c) => c.width),
  );
  return ws;
}
