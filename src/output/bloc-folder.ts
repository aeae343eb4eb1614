import type { Bloc } from "../model/bloc.js";
import { slugify } from "./slug.js";

/**
 * A bloc's folder in a batch's output, `<slug>-<year>` (`khoi-thi-dua-so-2-2023`): two blocs with the
 * same one are the same bloc given twice; `--prev` finds last year's result by it (`year` - 1).
 */
export function blocFolder(bloc: Bloc, year: number = bloc.info.year): string {
  return `${slugify(bloc.info.name)}-${year}`;
}

/** `summarize`'s output folder by default, `thidua-<slug>-<year>` (cli.md). */
export function summarizeFolder(bloc: Bloc, year: number = bloc.info.year): string {
  return `thidua-${blocFolder(bloc, year)}`;
}
