import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURES = join(ROOT, "test/fixtures");
const BIN = join(ROOT, "bin/thidua.js");

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "thidua-batch-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes a workbook holding empty sheets with these names: all discovery looks at. */
export async function writeSheets(path: string, sheets: readonly string[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const name of sheets) workbook.addWorksheet(name).getCell("A1").value = name;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** A bloc workbook as discovery sees it (it has `Thông tin`). */
export const blocSheets = ["Thông tin", "Đơn vị", "Tiêu chí"];

/** Copies a reading fixture (file or folder) to `to`. */
export async function copyFixture(name: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await cp(join(FIXTURES, name), to, { recursive: true });
}

/**
 * Copies a reading fixture's bloc workbook under another `Tên khối`: distinct blocs for a batch (the
 * same bloc twice is a duplicate).
 */
export async function copyRenamedBloc(name: string, to: string, blocName: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(FIXTURES, name));
  const info = workbook.getWorksheet("Thông tin");
  info?.eachRow((row) => {
    if (row.getCell(1).text.trim() === "Tên khối") row.getCell(2).value = blocName;
  });
  await mkdir(dirname(to), { recursive: true });
  await writeFile(to, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** Copies a shipped sample (file or folder, under samples/) to `to`. */
export async function copySample(name: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await cp(join(ROOT, "samples", name), to, { recursive: true });
}

/** Runs the built CLI in `cwd` (stdin closed, pipes: never a terminal), its environment changed by `env`. */
export function thidua(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
