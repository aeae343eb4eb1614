/**
 * The workbooks `summarize` and `validate` read from their command line: a bloc folder stands for
 * its workbooks (no shell glob needed, cmd.exe and PowerShell included), lock files are skipped.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveBlocFiles } from "../../src/batch/resolve-bloc-files.js";
import { blocSheets, tempDir, writeSheets } from "./batch-helpers.js";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

const resolve = (args: string[]) => resolveBlocFiles(args, dir);
const codes = (r: Awaited<ReturnType<typeof resolve>>) =>
  r.diagnostics.map((d) => [d.code, d.severity, d.location.file]);

describe("resolveBlocFiles", () => {
  it("reads a bloc folder as its bloc workbook then its per-unit workbooks, ignoring lock files", async () => {
    await writeSheets(join(dir, "khoi-2025/khoi-thi-dua.xlsx"), blocSheets);
    await writeSheets(join(dir, "khoi-2025/don-vi/BQL.xlsx"), ["BQL"]);
    await writeSheets(join(dir, "khoi-2025/don-vi/SYT.xlsx"), ["SYT"]);
    await writeFile(join(dir, "khoi-2025/don-vi/~$SYT.xlsx"), "lock");
    await writeFile(join(dir, "khoi-2025/don-vi/.~lock.BQL.xlsx#"), "lock");
    const resolved = await resolve(["khoi-2025"]);
    expect(resolved.files).toEqual([
      "khoi-2025/khoi-thi-dua.xlsx",
      "khoi-2025/don-vi/BQL.xlsx",
      "khoi-2025/don-vi/SYT.xlsx",
    ]);
    expect(resolved.diagnostics).toEqual([]);
  });

  it("reads a folder after the bloc workbook as per-unit workbooks", async () => {
    await writeSheets(join(dir, "khoi.xlsx"), blocSheets);
    await writeSheets(join(dir, "don-vi/BQL.xlsx"), ["BQL"]);
    await writeFile(join(dir, "don-vi/~$BQL.xlsx"), "lock");
    expect((await resolve(["khoi.xlsx", "don-vi"])).files).toEqual(["khoi.xlsx", join("don-vi", "BQL.xlsx")]);
  });

  it("skips a lock file a glob caught with a warning, not an error", async () => {
    await writeSheets(join(dir, "khoi.xlsx"), blocSheets);
    await writeFile(join(dir, "~$dukdn.xlsx"), "lock");
    const resolved = await resolve(["khoi.xlsx", "~$dukdn.xlsx"]);
    expect(resolved.files).toEqual(["khoi.xlsx"]);
    expect(codes(resolved)).toEqual([["tempFileSkipped", "warning", "~$dukdn.xlsx"]]);
  });

  it.each([
    ["an empty folder", async () => mkdir(join(dir, "rong")), ["rong"], "folderWithoutWorkbook"],
    [
      "a folder of two blocs",
      async () => {
        await writeSheets(join(dir, "tinh/khoi-1.xlsx"), blocSheets);
        await writeSheets(join(dir, "tinh/khoi-2.xlsx"), blocSheets);
      },
      ["tinh"],
      "folderHasManyBlocs",
    ],
    [
      "a folder whose bloc workbook is unclear",
      async () => {
        await writeSheets(join(dir, "k/BQL.xlsx"), ["BQL"]);
        await writeSheets(join(dir, "k/SYT.xlsx"), ["SYT"]);
      },
      ["k"],
      "blocWorkbookNotFound",
    ],
    [
      "only a lock file",
      async () => writeFile(join(dir, "~$khoi.xlsx"), "lock"),
      ["~$khoi.xlsx"],
      "blocWorkbookNotGiven",
    ],
  ])("gives one error that says what to do for %s", async (_, make, args, code) => {
    await make();
    const resolved = await resolve(args);
    expect(resolved.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual([code]);
  });

  it("takes the one bloc of a folder that holds a single bloc folder", async () => {
    await writeSheets(join(dir, "nam-2025/khoi-14/khoi-thi-dua.xlsx"), blocSheets);
    await writeSheets(join(dir, "nam-2025/khoi-14/don-vi/BQL.xlsx"), ["BQL"]);
    expect((await resolve(["nam-2025"])).files).toEqual([
      "nam-2025/khoi-14/khoi-thi-dua.xlsx",
      "nam-2025/khoi-14/don-vi/BQL.xlsx",
    ]);
  });
});
