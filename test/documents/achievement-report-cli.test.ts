import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";

/*
 * `--only thanh-tich` and `--only thanh-tich-bang-khen` through the built binary (`npm test` builds
 * first), on the Cụm sample: BQL is proposed for both flags, DUK-CQ for the flag, the other three
 * units for a certificate.
 */

const SAMPLE = join(ROOT, "samples", "cum-thi-dua-so-02.xlsx");
const FLAG_REPORTS = [
  "bao-cao-thanh-tich-ban-quan-ly-cac-khu-cong-nghiep-va-che-xuat-ha-noi.docx",
  "bao-cao-thanh-tich-dang-uy-khoi-cac-co-quan-thanh-pho.docx",
];
const CERTIFICATE_REPORTS = [
  "bao-cao-thanh-tich-dang-uy-khoi-cac-doanh-nghiep.docx",
  "bao-cao-thanh-tich-dang-uy-khoi-cac-truong-dai-hoc-cao-dang.docx",
  "bao-cao-thanh-tich-truong-dao-tao-can-bo-le-hong-phong.docx",
];

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "thidua-thanh-tich-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("summarize --only with the achievement reports", () => {
  it("writes the flag units' reports with the other outputs when --only is not given", async () => {
    const out = join(dir, "all");
    const run = runCli(["summarize", SAMPLE, "-o", out, "--quiet"]);
    expect(run.status, run.stderr).toBe(0);
    expect((await readdir(out)).filter((f) => f.startsWith("bao-cao-thanh-tich-")).sort()).toEqual(
      FLAG_REPORTS,
    );
  });

  it("writes only them with --only thanh-tich, and lists them in --json", async () => {
    const out = join(dir, "flags");
    const run = runCli(["summarize", SAMPLE, "-o", out, "--only", "thanh-tich", "--json"]);
    expect(run.status, run.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(FLAG_REPORTS);
    const files = (JSON.parse(run.stdout) as { files: string[] }).files;
    expect(files.map((f) => f.slice(out.length + 1)).sort()).toEqual(FLAG_REPORTS);
  });

  it("writes the certificate units' reports with --only thanh-tich-bang-khen", async () => {
    const out = join(dir, "certificates");
    const run = runCli(["summarize", SAMPLE, "-o", out, "--only", "thanh-tich-bang-khen,ket-qua"]);
    expect(run.status, run.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual([...CERTIFICATE_REPORTS, "ket-qua.json", "ket-qua.xlsx"]);
  });
});
