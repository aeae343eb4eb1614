import type { Bloc } from "../model/bloc.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { ThiduaError } from "../errors.js";
import { readResultFile } from "../output/read-result-file.js";
import { RESULT_JSON } from "../output/result-file.js";
import { findPrevResult } from "./find-prev-result.js";
import { matchPrevYear, type PrevYear } from "./prev-year.js";

/**
 * Last year's result for `--prev`: found, read, checked to be the year before, and matched to this
 * year's units. Not found is an error for one bloc (`summarize`: the user named it) and a warning in
 * a batch (`optional`: a bloc new this year has no last year).
 */
export async function loadPrevYear(
  prev: string,
  bloc: Bloc,
  options: { optional: boolean },
): Promise<{ prev: PrevYear | null; diagnostics: Diagnostic[] }> {
  const file = await findPrevResult(prev, bloc);
  if (file === null) {
    if (options.optional)
      return {
        prev: null,
        diagnostics: [diagnostic("prevNotFound", "warning", { file: prev }, { year: bloc.info.year - 1 })],
      };
    throw new ThiduaError(
      "usage",
      `--prev: không tìm thấy kết quả năm ${bloc.info.year - 1} (${RESULT_JSON}) ở ${prev}. Đưa thư mục kết quả năm trước của khối (có tệp ${RESULT_JSON}) hoặc chính tệp ${RESULT_JSON}.`,
    );
  }
  const last = await readResultFile(file, "--prev");
  if (last.bloc.year !== bloc.info.year - 1) {
    throw new ThiduaError(
      "usage",
      `--prev: ${file} là kết quả năm ${last.bloc.year}, không phải năm ${bloc.info.year - 1} (năm trước của năm ${bloc.info.year}).`,
    );
  }
  return matchPrevYear(bloc, last, file);
}
