import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { discoverBlocs } from "../../src/batch/discover-blocs.js";
import { ThiduaError } from "../../src/errors.js";
import { blocSheets, tempDir, writeSheets } from "./batch-helpers.js";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

const unitSheet = (code: string) => [code];
const discover = (inputs: string[], out = "thidua-out") =>
  discoverBlocs(inputs, { out: join(dir, out), cwd: dir });
const shape = (blocs: Awaited<ReturnType<typeof discover>>) =>
  blocs.map((b) =>
    b.problem
      ? { input: b.input, problem: b.problem.code }
      : b.skipped
        ? { input: b.input, skipped: b.skipped.code }
        : { input: b.input, files: b.files },
  );

describe("discoverBlocs", () => {
  it("takes each workbook given as one bloc, in path order", async () => {
    await writeSheets(join(dir, "khoi-10.xlsx"), blocSheets);
    await writeSheets(join(dir, "khoi-2.xlsx"), blocSheets);
    expect(shape(await discover(["khoi-10.xlsx", "khoi-2.xlsx"]))).toEqual([
      { input: "khoi-2.xlsx", files: ["khoi-2.xlsx"] },
      { input: "khoi-10.xlsx", files: ["khoi-10.xlsx"] },
    ]);
  });

  it("refuses an input that does not exist, naming it", async () => {
    const error = await discover(["khong-co.xlsx"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThiduaError);
    expect((error as ThiduaError).kind).toBe("usage");
    expect((error as ThiduaError).message).toContain("khong-co.xlsx");
  });

  it("takes each workbook and each sub-folder of a folder given", async () => {
    await writeSheets(join(dir, "tinh/cum-3.xlsx"), blocSheets);
    await writeSheets(join(dir, "tinh/khoi-14/khoi-thi-dua.xlsx"), blocSheets);
    await writeSheets(join(dir, "tinh/khoi-14/don-vi/BQL.xlsx"), unitSheet("BQL"));
    await writeSheets(join(dir, "tinh/khoi-14/don-vi/SYT.xlsx"), unitSheet("SYT"));
    await writeFile(join(dir, "tinh/ghi-chu.txt"), "không phải bảng tính");
    expect(shape(await discover(["tinh"]))).toEqual([
      { input: "tinh/cum-3.xlsx", files: ["tinh/cum-3.xlsx"] },
      { input: "tinh/ghi-chu.txt", skipped: "notWorkbook" },
      {
        input: "tinh/khoi-14",
        files: [
          "tinh/khoi-14/khoi-thi-dua.xlsx",
          "tinh/khoi-14/don-vi/BQL.xlsx",
          "tinh/khoi-14/don-vi/SYT.xlsx",
        ],
      },
    ]);
  });

  it("finds the bloc workbook among unit workbooks by its Thông tin sheet, whatever its name", async () => {
    await writeSheets(join(dir, "tinh/khoi-8/BTL.xlsx"), unitSheet("BTL"));
    await writeSheets(join(dir, "tinh/khoi-8/tong-hop-2022.xlsx"), ["THÔNG TIN", "Đơn vị", "Tiêu chí"]);
    await writeSheets(join(dir, "tinh/khoi-8/CA.xlsx"), ["Sheet1"]);
    expect(shape(await discover(["tinh"]))).toEqual([
      {
        input: "tinh/khoi-8",
        files: ["tinh/khoi-8/tong-hop-2022.xlsx", "tinh/khoi-8/BTL.xlsx", "tinh/khoi-8/CA.xlsx"],
      },
    ]);
  });

  it("falls back to the name (khoi…, cum…, bloc…) when no workbook has a Thông tin sheet", async () => {
    await writeSheets(join(dir, "tinh/k/BTL.xlsx"), unitSheet("BTL"));
    await writeSheets(join(dir, "tinh/k/khoi-thi-dua.xlsx"), ["Info sai ten"]);
    expect(shape(await discover(["tinh"]))).toEqual([
      { input: "tinh/k", files: ["tinh/k/khoi-thi-dua.xlsx", "tinh/k/BTL.xlsx"] },
    ]);
  });

  it("fails a folder where no workbook or several are the bloc's, without stopping the others", async () => {
    await writeSheets(join(dir, "tinh/a/BTL.xlsx"), unitSheet("BTL"));
    await writeSheets(join(dir, "tinh/a/CA.xlsx"), unitSheet("CA"));
    await writeSheets(join(dir, "tinh/b/khoi-1.xlsx"), blocSheets);
    await writeSheets(join(dir, "tinh/b/khoi-2.xlsx"), blocSheets);
    await writeSheets(join(dir, "tinh/b/BTL.xlsx"), unitSheet("BTL"));
    await writeSheets(join(dir, "tinh/c/don-vi/BTL.xlsx"), unitSheet("BTL"));
    await writeSheets(join(dir, "tinh/d.xlsx"), blocSheets);
    expect(shape(await discover(["tinh"]))).toEqual([
      { input: "tinh/a", problem: "blocWorkbookNotFound" },
      { input: "tinh/b", problem: "blocWorkbookAmbiguous" },
      { input: "tinh/c", problem: "blocWorkbookMissing" },
      { input: "tinh/d.xlsx", files: ["tinh/d.xlsx"] },
    ]);
  });

  it("names every input it does not run: a file that is no workbook, an empty folder, a lock file given", async () => {
    await writeSheets(join(dir, "tinh/khoi-1.xlsx"), blocSheets);
    await writeFile(join(dir, "tinh/bao-cao.pdf"), "%PDF");
    await mkdir(join(dir, "tinh/rong"));
    await mkdir(join(dir, "tinh/chi-ghi-chu"));
    await writeFile(join(dir, "tinh/chi-ghi-chu/ghi-chu.txt"), "x");
    await writeFile(join(dir, "~$khoi-1.xlsx"), "lock");
    await writeFile(join(dir, "ghi-chu.docx"), "docx");
    const found = await discover(["tinh", "~$khoi-1.xlsx", "ghi-chu.docx"]);
    expect(shape(found)).toEqual([
      { input: "~$khoi-1.xlsx", skipped: "tempFileSkipped" },
      { input: "ghi-chu.docx", skipped: "notWorkbook" },
      { input: "tinh/bao-cao.pdf", skipped: "notWorkbook" },
      { input: "tinh/chi-ghi-chu", skipped: "folderWithoutWorkbook" },
      { input: "tinh/khoi-1.xlsx", files: ["tinh/khoi-1.xlsx"] },
      { input: "tinh/rong", skipped: "folderWithoutWorkbook" },
    ]);
    expect(found.find((b) => b.input === "tinh/chi-ghi-chu")?.skipped?.args).toEqual({
      others: ["ghi-chu.txt"],
    });
  });

  it("takes an old .xls or an .ods as a bloc, so that reading names it", async () => {
    await mkdir(join(dir, "tinh"));
    await writeFile(join(dir, "tinh/khoi-cu.xls"), Buffer.from("d0cf11e0a1b11ae1", "hex"));
    await writeFile(join(dir, "tinh/khoi-lo.ods"), "PK");
    expect(shape(await discover(["tinh"]))).toEqual([
      { input: "tinh/khoi-cu.xls", files: ["tinh/khoi-cu.xls"] },
      { input: "tinh/khoi-lo.ods", files: ["tinh/khoi-lo.ods"] },
    ]);
  });

  it("skips Office lock files, hidden files and folders, and other files", async () => {
    await writeSheets(join(dir, "tinh/khoi-1.xlsx"), blocSheets);
    await writeFile(join(dir, "tinh/~$khoi-1.xlsx"), "lock");
    await writeFile(join(dir, "tinh/.~lock.khoi-1.xlsx#"), "lock");
    await writeSheets(join(dir, "tinh/.an.xlsx"), blocSheets);
    await writeSheets(join(dir, "tinh/.git/khoi.xlsx"), blocSheets);
    await writeSheets(join(dir, "tinh/khoi-2/khoi-2.xlsx"), blocSheets);
    await writeFile(join(dir, "tinh/khoi-2/~$khoi-2.xlsx"), "lock");
    await writeFile(join(dir, "tinh/khoi-2/ghi-chu.docx"), "docx");
    expect(shape(await discover(["tinh"]))).toEqual([
      { input: "tinh/khoi-1.xlsx", files: ["tinh/khoi-1.xlsx"] },
      { input: "tinh/khoi-2", files: ["tinh/khoi-2/khoi-2.xlsx"] },
    ]);
  });

  it("never scans the batch's output folder, thidua's output folders or an old batch output", async () => {
    await writeSheets(join(dir, "khoi-1.xlsx"), blocSheets);
    await writeSheets(join(dir, "thidua-out/khoi-1-2023/ket-qua.xlsx"), ["Xếp hạng"]);
    await writeSheets(join(dir, "ket-qua/khoi-1-2023/ket-qua.xlsx"), ["Xếp hạng"]);
    await writeSheets(join(dir, "thidua-khoi-1-2023/ket-qua.xlsx"), ["Xếp hạng"]);
    await writeSheets(join(dir, "lan-truoc/khoi-1-2023/ket-qua.xlsx"), ["Xếp hạng"]);
    await writeFile(join(dir, "lan-truoc/tong-hop.json"), "{}");
    expect(shape(await discover(["."], "ket-qua"))).toEqual([
      { input: "khoi-1.xlsx", files: ["khoi-1.xlsx"] },
    ]);
    // Without -o ket-qua, that folder is an input like any other (it holds no tong-hop.json).
    expect(shape(await discover(["."]))).toEqual([
      { input: "ket-qua/khoi-1-2023", files: ["ket-qua/khoi-1-2023/ket-qua.xlsx"] },
      { input: "khoi-1.xlsx", files: ["khoi-1.xlsx"] },
    ]);
  });

  it("refuses an output folder that is the input folder itself", async () => {
    await writeSheets(join(dir, "tinh/khoi-1.xlsx"), blocSheets);
    await expect(discover(["tinh"], "tinh")).rejects.toThrow(/trùng/);
  });

  it("takes a folder given that holds don-vi/ as one bloc", async () => {
    await writeSheets(join(dir, "khoi-14/khoi-thi-dua.xlsx"), blocSheets);
    await writeSheets(join(dir, "khoi-14/don-vi/BQL.xlsx"), unitSheet("BQL"));
    expect(shape(await discover(["khoi-14"]))).toEqual([
      { input: "khoi-14", files: ["khoi-14/khoi-thi-dua.xlsx", "khoi-14/don-vi/BQL.xlsx"] },
    ]);
  });

  it("follows group folders: a district of bloc folders, a folder of bloc workbooks", async () => {
    await writeSheets(join(dir, "tinh/huyen-a/khoi-1/khoi.xlsx"), blocSheets);
    await writeSheets(join(dir, "tinh/huyen-a/khoi-1/BQL.xlsx"), unitSheet("BQL"));
    await writeSheets(join(dir, "tinh/huyen-b/khoi-2.xlsx"), blocSheets);
    await writeSheets(join(dir, "tinh/huyen-b/khoi-3.xlsx"), blocSheets);
    await mkdir(join(dir, "tinh/trong"));
    expect(shape(await discover(["tinh"]))).toEqual([
      {
        input: "tinh/huyen-a/khoi-1",
        files: ["tinh/huyen-a/khoi-1/khoi.xlsx", "tinh/huyen-a/khoi-1/BQL.xlsx"],
      },
      { input: "tinh/huyen-b/khoi-2.xlsx", files: ["tinh/huyen-b/khoi-2.xlsx"] },
      { input: "tinh/huyen-b/khoi-3.xlsx", files: ["tinh/huyen-b/khoi-3.xlsx"] },
      { input: "tinh/trong", skipped: "folderWithoutWorkbook" },
    ]);
  });

  it("runs a bloc named twice once", async () => {
    await writeSheets(join(dir, "tinh/khoi-1.xlsx"), blocSheets);
    expect(shape(await discover(["tinh/khoi-1.xlsx", "tinh", "./tinh/khoi-1.xlsx"]))).toEqual([
      { input: "tinh/khoi-1.xlsx", files: ["tinh/khoi-1.xlsx"] },
    ]);
  });
});
