import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Bloc } from "../model/bloc.js";
import { RESULT_JSON } from "../output/result-file.js";
import { blocFolder, summarizeFolder } from "../output/bloc-folder.js";

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * The `ket-qua.json` of last year's result for `bloc`, from `--prev`: that file itself, the one in that
 * folder (a bloc's output folder), or the one of the bloc's sub-folder (a batch's output folder, whose
 * blocs are in `<slug>-<year>/`, or a folder of `thidua-<slug>-<year>/` output folders); null when none.
 */
export async function findPrevResult(prev: string, bloc: Bloc): Promise<string | null> {
  const info = await stat(prev).catch(() => null);
  if (info === null) return null;
  if (info.isFile()) return prev;
  const year = bloc.info.year - 1;
  for (const candidate of [
    join(prev, RESULT_JSON),
    join(prev, blocFolder(bloc, year), RESULT_JSON),
    join(prev, summarizeFolder(bloc, year), RESULT_JSON),
  ]) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
}
