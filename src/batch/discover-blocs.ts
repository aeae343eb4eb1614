import { realpath, stat } from "node:fs/promises";
import { basename, isAbsolute, relative, resolve } from "node:path";
import { ThiduaError } from "../errors.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { slugify } from "../output/slug.js";
import { normalizeName } from "../validate/normalize-name.js";
import { listSheetNames } from "./list-sheet-names.js";
import type { FolderListing } from "./read-folder.js";
import { comparePaths, isSkippedName, isWorkbookName, readFolder } from "./read-folder.js";

/** One bloc of a batch: where it came from and the workbooks that make it. */
export interface BlocInput {
  /** The path shown and indexed: the workbook given or found, or the bloc's folder. */
  input: string;
  /** The bloc workbook first, then its per-unit workbooks (as shown, relative to the working folder). */
  files: string[];
  /** Why discovery could not make a runnable bloc of a folder: the bloc is reported failed with it. */
  problem?: Diagnostic;
  /** Not a bloc at all (an empty folder, a file that is no workbook): reported skipped with this reason. */
  skipped?: Diagnostic;
}

/** Where discovery must not look. */
export interface DiscoverOptions {
  /** The batch's output folder: never scanned as input, even inside an input folder. */
  out?: string;
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
  return /^(khoi|cum|bloc)(-|$)/.test(slugify(basename(file).replace(/\.[a-z]+$/i, "")));
}

/** How discovery sees one folder, given the working folder and the folders it must not scan. */
function folderClassifier(cwd: string, excluded: ReadonlySet<string>) {
  const show = (path: string): string => {
    const rel = relative(cwd, path);
    return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  };
  const single = (file: string): BlocInput => ({ input: show(file), files: [show(file)] });
  const failed = (folder: string, problem: Omit<Diagnostic, "location" | "severity">): BlocInput => ({
    input: show(folder),
    files: [],
    problem: diagnostic(problem.code, "error", { file: show(folder) }, problem.args),
  });
  const skipped = (path: string, code: Diagnostic["code"], args: Diagnostic["args"] = {}): BlocInput => ({
    input: show(path),
    files: [],
    skipped: diagnostic(code, "note", { file: show(path) }, args),
  });
  const names = (files: readonly string[]) => files.map((f) => basename(f));

  async function blocFolder(
    folder: string,
    blocWorkbook: string,
    others: string[],
    unitsFolder: string | null,
  ): Promise<BlocInput> {
    const units = unitsFolder === null ? [] : (await readFolder(unitsFolder, excluded)).workbooks;
    return { input: show(folder), files: [blocWorkbook, ...others, ...units].map(show) };
  }

  /** A folder of blocs: each workbook and sub-folder is one, and every other file is named as skipped. */
  async function groupOf(listing: FolderListing, depth: number): Promise<BlocInput[]> {
    const nested =
      depth < MAX_GROUP_DEPTH
        ? await Promise.all(listing.folders.map((f) => classifyFolder(f, depth + 1)))
        : [];
    return [
      ...listing.workbooks.map(single),
      ...listing.others.map((f) => skipped(f, "notWorkbook")),
      ...nested.flat(),
    ];
  }

  /** A folder found or given: one bloc folder, a group of blocs, or nothing to run (named, skipped). */
  async function classifyFolder(folder: string, depth: number): Promise<BlocInput[]> {
    const listing = await readFolder(folder, excluded);
    const { workbooks, unitsFolder } = listing;
    if (listing.isBatchOutput) return [];
    if (workbooks.length === 0) {
      if (unitsFolder !== null)
        return [failed(folder, { code: "blocWorkbookMissing", args: { folder: basename(unitsFolder) } })];
      if (listing.folders.length === 0)
        return [skipped(folder, "folderWithoutWorkbook", { others: names(listing.others) })];
      return groupOf(listing, depth);
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
    if (withInfo.length === workbooks.length && unitsFolder === null) return groupOf(listing, depth);
    if (withInfo.length === 0) {
      const named = workbooks.filter(hasBlocName);
      const [name] = named;
      if (named.length === 1 && name !== undefined) return [await pick(name)];
      return [failed(folder, { code: "blocWorkbookNotFound", args: { files: names(workbooks) } })];
    }
    return [
      failed(folder, {
        code: "blocWorkbookAmbiguous",
        args: { count: withInfo.length, files: names(withInfo) },
      }),
    ];
  }

  /** A file given by itself: a bloc workbook, or a lock or other file named as skipped. */
  function fileGiven(path: string): BlocInput {
    if (isSkippedName(basename(path))) return skipped(path, "tempFileSkipped");
    if (!isWorkbookName(basename(path))) return skipped(path, "notWorkbook");
    return single(path);
  }

  return { show, classifyFolder, groupOf, fileGiven };
}

/** The real path of the output folder, whether it exists yet or not. */
async function excludedFolders(cwd: string, out: string | undefined): Promise<Set<string>> {
  if (out === undefined) return new Set();
  const outPath = resolve(cwd, out);
  return new Set([await realpath(outPath).catch(() => outPath)]);
}

/**
 * Finds the blocs of `thidua batch <dir-or-workbooks…>`, in input order (sorted by path):
 *
 * - a file given is one bloc (a single workbook); a lock file or a file that is no workbook is named
 *   as skipped;
 * - a folder given holds blocs: each workbook in it is one bloc, each sub-folder one bloc; a folder
 *   given that has a `don-vi/` folder is itself one bloc folder;
 * - a bloc folder holds its bloc workbook and per-unit workbooks, beside it or in `don-vi/`. The bloc
 *   workbook is its only workbook, else the only one with a `Thông tin` sheet, else (none has one) the
 *   only one named `khoi…`, `cum…` or `bloc…`; otherwise the bloc fails saying which files are in doubt;
 * - a folder with no workbook of its own, or whose workbooks all have a `Thông tin` sheet (and no
 *   `don-vi/`), groups blocs: each of its workbooks and sub-folders is one bloc, as in a folder given;
 *   its other files, and an empty sub-folder, are named as skipped;
 * - never looked at: Office lock files `~$…`, hidden files and folders, the batch's output folder,
 *   thidua's output folders (`thidua-…/`, or any holding `tong-hop.json`).
 */
export async function discoverBlocs(
  inputs: readonly string[],
  options: DiscoverOptions,
): Promise<BlocInput[]> {
  const cwd = options.cwd ?? process.cwd();
  const excluded = await excludedFolders(cwd, options.out);
  const { classifyFolder, groupOf, fileGiven } = folderClassifier(cwd, excluded);

  const found: BlocInput[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (info === null) {
      missing.push(input);
    } else if (info.isDirectory()) {
      if (excluded.has(await realpath(path).catch(() => path))) {
        throw new ThiduaError(
          "usage",
          `Thư mục kết quả ${options.out ?? ""} trùng với thư mục đầu vào ${input}: chọn thư mục khác bằng -o.`,
        );
      }
      const listing = await readFolder(path, excluded);
      // A bloc folder given by itself (`thidua batch khoi-14/`): its don-vi/ says so.
      if (listing.unitsFolder !== null && listing.workbooks.length > 0)
        found.push(...(await classifyFolder(path, MAX_GROUP_DEPTH)));
      else if (listing.workbooks.length === 0 && listing.folders.length === 0)
        found.push(...(await classifyFolder(path, 0)));
      else found.push(...(await groupOf(listing, 0)));
    } else {
      found.push(fileGiven(path));
    }
  }
  if (missing.length > 0) throw new ThiduaError("usage", `Không tìm thấy: ${missing.join(", ")}.`);
  return dedupe(found, cwd).sort((a, b) => comparePaths(a.input, b.input));
}

/**
 * The bloc of one folder given to `summarize` or `validate` (`thidua validate khoi-2025`): the bloc
 * workbook first, then its per-unit workbooks, found as `batch` finds a bloc folder. A folder that
 * holds several blocs, none, or an unclear bloc workbook gives the diagnostic that says so.
 */
export async function discoverBlocFolder(
  folder: string,
  cwd: string = process.cwd(),
): Promise<{ files: string[] } | { problem: Diagnostic }> {
  const { show, classifyFolder } = folderClassifier(cwd, new Set());
  const path = resolve(cwd, folder);
  const listing = await readFolder(path, new Set());
  const blocs = (
    listing.workbooks.length > 0
      ? await classifyFolder(path, MAX_GROUP_DEPTH)
      : await classifyFolder(path, MAX_GROUP_DEPTH - 1)
  ).filter((b) => b.skipped === undefined);
  const [bloc] = blocs;
  if (blocs.length > 1) {
    const problem = diagnostic(
      "folderHasManyBlocs",
      "error",
      { file: show(path) },
      { count: blocs.length, blocs: blocs.map((b) => basename(b.input)) },
    );
    return { problem };
  }
  if (bloc === undefined) {
    const others = listing.others.map((f) => basename(f));
    return { problem: diagnostic("folderWithoutWorkbook", "error", { file: show(path) }, { others }) };
  }
  return bloc.problem !== undefined ? { problem: bloc.problem } : { files: bloc.files };
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
