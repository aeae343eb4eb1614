import { realpath, stat } from "node:fs/promises";
import { basename, isAbsolute, relative, resolve } from "node:path";
import { ThiduaError } from "../errors.js";
import { slugify } from "../output/slug.js";
import { normalizeName } from "../validate/normalize-name.js";
import { listSheetNames } from "./list-sheet-names.js";
import { comparePaths, readFolder } from "./read-folder.js";

/** Why discovery could not make a runnable bloc of a folder; the bloc is reported failed with it. */
export interface BlocProblem {
  code: "blocWorkbookMissing" | "blocWorkbookNotFound" | "blocWorkbookAmbiguous";
  message: string;
}

/** One bloc of a batch: where it came from and the workbooks that make it. */
export interface BlocInput {
  /** The path shown and indexed: the workbook given or found, or the bloc's folder. */
  input: string;
  /** The bloc workbook first, then its per-unit workbooks (as shown, relative to the working folder). */
  files: string[];
  problem?: BlocProblem;
}

/** Where discovery must not look. */
export interface DiscoverOptions {
  /** The batch's output folder: never scanned as input, even inside an input folder. */
  out: string;
  cwd?: string;
}

/** How deep group folders (a district holding its blocs' folders) are followed. */
const MAX_GROUP_DEPTH = 4;

const INFO_SHEETS = new Set(["thong tin", "info"]);

function hasInfoSheet(sheets: readonly string[] | null): boolean {
  return sheets !== null && sheets.some((s) => INFO_SHEETS.has(normalizeName(s)));
}

/** `khoi-thi-dua.xlsx` (what `thidua init` writes), `cum-thi-dua-so-02.xlsx`, `bloc.xlsx`. */
function hasBlocName(file: string): boolean {
  return /^(khoi|cum|bloc)(-|$)/.test(slugify(basename(file).replace(/\.(xlsx|xls|ods)$/i, "")));
}

/**
 * Finds the blocs of `thidua batch <dir-or-workbooks…>`, in input order (sorted by path):
 *
 * - a file given is one bloc (a single workbook);
 * - a folder given holds blocs: each `.xlsx` in it is one bloc, each sub-folder one bloc; a folder given
 *   that has a `don-vi/` folder is itself one bloc folder;
 * - a bloc folder holds its bloc workbook and per-unit workbooks, beside it or in `don-vi/`. The bloc
 *   workbook is its only workbook, else the only one with a `Thông tin` sheet, else (none has one) the
 *   only one named `khoi…`, `cum…` or `bloc…`; otherwise the bloc fails saying which files are in doubt;
 * - a folder with no workbook of its own, or whose workbooks all have a `Thông tin` sheet (and no
 *   `don-vi/`), groups blocs: each of its workbooks and sub-folders is one bloc, as in a folder given;
 * - skipped: Office lock files `~$…`, hidden files and folders, the batch's output folder, thidua's
 *   output folders (`thidua-…/`, or any holding `tong-hop.json`).
 */
export async function discoverBlocs(
  inputs: readonly string[],
  options: DiscoverOptions,
): Promise<BlocInput[]> {
  const cwd = options.cwd ?? process.cwd();
  const show = (path: string): string => {
    const rel = relative(cwd, path);
    return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  };
  const outPath = resolve(cwd, options.out);
  const outReal = await realpath(outPath).catch(() => outPath);
  const excluded = new Set([outReal]);

  const single = (file: string): BlocInput => ({ input: show(file), files: [show(file)] });
  const problem = (folder: string, code: BlocProblem["code"], message: string): BlocInput => ({
    input: show(folder),
    files: [],
    problem: { code, message },
  });
  const names = (files: readonly string[]) => files.map((f) => `"${basename(f)}"`).join(", ");

  async function blocFolder(
    folder: string,
    blocWorkbook: string,
    others: string[],
    unitsFolder: string | null,
  ): Promise<BlocInput> {
    const units = unitsFolder === null ? [] : (await readFolder(unitsFolder, excluded)).workbooks;
    return { input: show(folder), files: [blocWorkbook, ...others, ...units].map(show) };
  }

  async function groupOf(
    workbooks: readonly string[],
    folders: readonly string[],
    depth: number,
  ): Promise<BlocInput[]> {
    const nested =
      depth < MAX_GROUP_DEPTH ? await Promise.all(folders.map((f) => classifyFolder(f, depth + 1))) : [];
    return [...workbooks.map(single), ...nested.flat()];
  }

  async function classifyFolder(folder: string, depth: number): Promise<BlocInput[]> {
    const listing = await readFolder(folder, excluded);
    const { workbooks, unitsFolder } = listing;
    if (listing.isBatchOutput) return [];
    if (workbooks.length === 0) {
      if (unitsFolder !== null) {
        return [
          problem(
            folder,
            "blocWorkbookMissing",
            `thư mục có "${basename(unitsFolder)}" nhưng không có bảng tính của khối bên cạnh`,
          ),
        ];
      }
      return groupOf([], listing.folders, depth);
    }
    const [only] = workbooks;
    if (workbooks.length === 1 && only !== undefined)
      return [await blocFolder(folder, only, [], unitsFolder)];
    const sheets = await Promise.all(workbooks.map(listSheetNames));
    const withInfo = workbooks.filter((_, i) => hasInfoSheet(sheets[i] ?? null));
    const pick = async (chosen: string) =>
      blocFolder(
        folder,
        chosen,
        workbooks.filter((w) => w !== chosen),
        unitsFolder,
      );
    const [info] = withInfo;
    if (withInfo.length === 1 && info !== undefined) return [await pick(info)];
    if (withInfo.length === workbooks.length && unitsFolder === null)
      return groupOf(workbooks, listing.folders, depth);
    if (withInfo.length === 0) {
      const named = workbooks.filter(hasBlocName);
      const [name] = named;
      if (named.length === 1 && name !== undefined) return [await pick(name)];
      return [
        problem(
          folder,
          "blocWorkbookNotFound",
          `không rõ tệp nào là bảng tính của khối: không tệp nào có trang "Thông tin" (${names(workbooks)})`,
        ),
      ];
    }
    return [
      problem(
        folder,
        "blocWorkbookAmbiguous",
        `có ${withInfo.length} bảng tính có trang "Thông tin" (${names(withInfo)}) cùng các bảng tự chấm: mỗi thư mục chỉ được chứa một khối`,
      ),
    ];
  }

  const found: BlocInput[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (info === null) {
      missing.push(input);
    } else if (info.isDirectory()) {
      if ((await realpath(path).catch(() => path)) === outReal) {
        throw new ThiduaError(
          "usage",
          `Thư mục kết quả ${options.out} trùng với thư mục đầu vào ${input}: chọn thư mục khác bằng -o.`,
        );
      }
      const listing = await readFolder(path, excluded);
      const [only] = listing.workbooks;
      // A bloc folder given by itself (`thidua batch khoi-14/`): its don-vi/ says so.
      if (listing.unitsFolder !== null && only !== undefined)
        found.push(...(await classifyFolder(path, MAX_GROUP_DEPTH)));
      else found.push(...(await groupOf(listing.workbooks, listing.folders, 0)));
    } else {
      found.push(single(path));
    }
  }
  if (missing.length > 0) throw new ThiduaError("usage", `Không tìm thấy: ${missing.join(", ")}.`);
  return dedupe(found, cwd).sort((a, b) => comparePaths(a.input, b.input));
}

/** A bloc named twice (a file given and its folder given too) runs once. */
function dedupe(blocs: readonly BlocInput[], cwd: string): BlocInput[] {
  const seen = new Set<string>();
  return blocs.filter((b) => {
    const key = resolve(cwd, b.files[0] ?? b.input);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
