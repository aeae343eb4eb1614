import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { slugify } from "../output/slug.js";

/** What batch discovery sees in a folder: its workbooks and sub-folders (absolute paths, sorted). */
export interface FolderListing {
  workbooks: string[];
  folders: string[];
  /** Files that are neither workbooks nor lock or hidden files (a PDF, a note): named, never read. */
  others: string[];
  /** The per-unit folder (`don-vi/`, `Đơn vị/`, `units/`), when there is one. */
  unitsFolder: string | null;
  /** True when the folder is a thidua output (it holds `tong-hop.json`). */
  isBatchOutput: boolean;
}

/** Office lock files (`~$khoi.xlsx`, Excel and WPS) and hidden files (`.~lock.khoi.xlsx#`, `.DS_Store`). */
export function isSkippedName(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$");
}

/**
 * A workbook discovery takes: `.xlsx` in any case, not a lock or hidden file. An old `.xls` or an
 * `.ods` is taken too, so that it is named in the result: it is converted through LibreOffice, or it
 * fails saying how to install it or save the file as `.xlsx` — never skipped without a word.
 */
export function isWorkbookName(name: string): boolean {
  return !isSkippedName(name) && /\.(xlsx|xlsm|xls|ods)$/i.test(name);
}

const UNITS_FOLDER_SLUGS = new Set(["don-vi", "cac-don-vi", "units"]);

/** Folders summarize writes by default (`thidua-<slug>-<year>/`): outputs, never inputs. */
function isOutputFolderName(name: string): boolean {
  return /^thidua-/i.test(name);
}

async function kindOf(folder: string, entry: Dirent): Promise<"file" | "folder" | null> {
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "folder";
  if (!entry.isSymbolicLink()) return null;
  const info = await stat(join(folder, entry.name)).catch(() => null);
  return info?.isFile() ? "file" : info?.isDirectory() ? "folder" : null;
}

/**
 * Lists a folder for batch discovery, leaving out lock and hidden files, thidua's own output folders
 * and the folders in `excluded` (real paths: the batch's output folder when it sits inside an input).
 */
export async function readFolder(folder: string, excluded: ReadonlySet<string>): Promise<FolderListing> {
  const entries = await readdir(folder, { withFileTypes: true });
  const listing: FolderListing = {
    workbooks: [],
    folders: [],
    others: [],
    unitsFolder: null,
    isBatchOutput: false,
  };
  for (const entry of entries) {
    if (entry.name === "tong-hop.json") listing.isBatchOutput = true;
    if (isSkippedName(entry.name)) continue;
    const kind = await kindOf(folder, entry);
    const path = join(folder, entry.name);
    if (kind === "file") {
      if (isWorkbookName(entry.name)) listing.workbooks.push(path);
      else if (entry.name !== "tong-hop.json") listing.others.push(path);
    }
    if (kind !== "folder" || isOutputFolderName(entry.name)) continue;
    if (excluded.has(await realpath(path).catch(() => path))) continue;
    if (UNITS_FOLDER_SLUGS.has(slugify(entry.name)) && listing.unitsFolder === null)
      listing.unitsFolder = path;
    else listing.folders.push(path);
  }
  listing.workbooks.sort(comparePaths);
  listing.folders.sort(comparePaths);
  listing.others.sort(comparePaths);
  return listing;
}

// Made on first use: starting ICU's collation costs ~9 ms, and a summarize given its files sorts none.
let collator: Intl.Collator | null = null;

/** Input order: numbers in names compare as numbers (`khoi-2` before `khoi-10`), then code points. */
export function comparePaths(a: string, b: string): number {
  const x = a.normalize("NFC");
  const y = b.normalize("NFC");
  collator ??= new Intl.Collator("en", { numeric: true, sensitivity: "variant" });
  return collator.compare(x, y) || (x < y ? -1 : x > y ? 1 : 0);
}
