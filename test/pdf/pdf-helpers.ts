import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const FAKE = fileURLToPath(new URL("fake-soffice.mjs", import.meta.url));

/** A folder holding a fake `soffice` (see fake-soffice.mjs), to put first on the PATH, and its log. */
export async function fakeSoffice(
  dir: string,
  mode: "ok" | "fail" = "ok",
): Promise<{ bin: string; calls: () => Promise<string[][]> }> {
  const bin = join(dir, `bin-${mode}`);
  const log = join(dir, `soffice-${mode}.log`);
  await mkdir(bin, { recursive: true });
  const script = join(bin, "soffice");
  await writeFile(script, `#!/bin/sh\nexec "${process.execPath}" "${FAKE}" "${log}" "${mode}" "$@"\n`);
  await chmod(script, 0o755);
  await writeFile(log, "");
  return {
    bin,
    calls: async () =>
      (await readFile(log, "utf8"))
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => JSON.parse(l) as string[]),
  };
}

/** The .docx files a soffice call converts. */
export const docxArgs = (call: readonly string[]): string[] => call.filter((a) => a.endsWith(".docx"));
