import type * as ExcelJsModule from "exceljs";

/** The exceljs module, loaded on demand so that `thidua --help` never pays for it (cli.md). */
export type ExcelJs = typeof ExcelJsModule.default;

export async function loadExcelJs(): Promise<ExcelJs> {
  const mod = await import("exceljs");
  return mod.default;
}
