import { stat } from "node:fs/promises";
import { join } from "node:path";
import { ThiduaError } from "../errors.js";
import { resolveBlocFiles } from "../batch/resolve-bloc-files.js";
import { computeResult } from "../pipeline/compute-result.js";
import { loadBloc } from "../pipeline/load-bloc.js";
import { bySeverity, hasErrors } from "../model/diagnostic.js";
import { toJsonResult } from "../output/json-result.js";
import type { JsonResult } from "../output/json-schemas.js";
import { readResultFile } from "../output/read-result-file.js";
import { RESULT_JSON } from "../output/result-file.js";

/**
 * Last year's result for `init --from`, as the `--json` document: read from an output folder's
 * `ket-qua.json` (or that file), or computed from last year's bloc workbook or bloc folder, which must
 * then validate (its errors are the run's, exit 1). Both give the same document, `structure` included,
 * so next year is built one way whatever was given.
 */
export async function readLastYear(from: string): Promise<JsonResult> {
  const info = await stat(from).catch(() => null);
  if (info === null) throw new ThiduaError("usage", `--from: không tìm thấy ${from}.`);
  if (info.isFile() && from.toLowerCase().endsWith(".json")) return readResultFile(from, "--from");
  if (info.isDirectory()) {
    const kept = join(from, RESULT_JSON);
    if ((await stat(kept).catch(() => null))?.isFile()) return readResultFile(kept, "--from");
    if ((await stat(join(from, "tong-hop.json")).catch(() => null))?.isFile())
      throw new ThiduaError(
        "usage",
        `--from: ${from} là thư mục kết quả của nhiều khối (thidua batch): đưa thư mục con của khối, có tệp ${RESULT_JSON}.`,
      );
  }
  const given = await resolveBlocFiles([from]);
  const loaded = await loadBloc(given.files);
  const diagnostics = [...given.diagnostics, ...loaded.diagnostics];
  const computed = loaded.bloc === null || hasErrors(diagnostics) ? null : computeResult(loaded.bloc);
  if (loaded.bloc === null || computed === null || computed.result === null) {
    const errors = bySeverity([...diagnostics, ...(computed?.diagnostics ?? [])], "error");
    throw new ThiduaError(
      "input",
      `--from: bảng tính năm trước ${from} có ${errors.length} lỗi, chưa lập được bảng tính năm sau. Sửa các lỗi (xem thidua validate ${from}) rồi chạy lại.`,
      errors,
    );
  }
  return toJsonResult(loaded.bloc, computed.result, [], []);
}
