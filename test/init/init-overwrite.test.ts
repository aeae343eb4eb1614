import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { init } from "../../src/commands/init.js";
import { ThiduaError } from "../../src/errors.js";
import { listFiles, tempDir } from "./init-helpers.js";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

describe("existing files", () => {
  it("refuses to overwrite without force, naming every existing file, and writes nothing", async () => {
    await mkdir(join(dir, "don-vi"), { recursive: true });
    await writeFile(join(dir, "khoi-thi-dua.xlsx"), "cũ");
    await writeFile(join(dir, "don-vi", "lhp.xlsx"), "cũ");
    const error = await init({ dir, perUnit: true, force: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThiduaError);
    expect((error as ThiduaError).kind).toBe("output");
    expect((error as ThiduaError).message).toContain(join(dir, "khoi-thi-dua.xlsx"));
    expect((error as ThiduaError).message).toContain(join(dir, "don-vi", "lhp.xlsx"));
    expect((error as ThiduaError).message).toContain("--force");
    // Nothing written: not even the per-unit files that did not exist.
    expect(await listFiles(dir)).toEqual(["don-vi", join("don-vi", "lhp.xlsx"), "khoi-thi-dua.xlsx"]);
    expect(await readFile(join(dir, "khoi-thi-dua.xlsx"), "utf8")).toBe("cũ");
  });

  it("overwrites with force and leaves no temporary file behind", async () => {
    await writeFile(join(dir, "khoi-thi-dua.xlsx"), "cũ");
    const result = await init({ dir, perUnit: true, force: true });
    expect(result.files).toHaveLength(6);
    const bytes = await readFile(join(dir, "khoi-thi-dua.xlsx"));
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect((await listFiles(dir)).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("creates the output folder when missing", async () => {
    const out = join(dir, "a", "b");
    await init({ dir: out, perUnit: false, force: false });
    expect((await stat(join(out, "khoi-thi-dua.xlsx"))).isFile()).toBe(true);
  });

  it("refuses a target that is a folder, even with force", async () => {
    await mkdir(join(dir, "khoi-thi-dua.xlsx"));
    await expect(init({ dir, perUnit: false, force: true })).rejects.toMatchObject({ kind: "output" });
  });

  it("gives the same content for the same input (only the zip's timestamps differ)", async () => {
    await init({ dir: join(dir, "1"), perUnit: false, force: false });
    await init({ dir: join(dir, "2"), perUnit: false, force: false });
    const parts = async (file: string): Promise<Record<string, string>> => {
      const zip = await JSZip.loadAsync(await readFile(file));
      const entries = await Promise.all(
        Object.values(zip.files).map(async (f) => [f.name, await f.async("string")] as const),
      );
      return Object.fromEntries(entries);
    };
    expect(await parts(join(dir, "1", "khoi-thi-dua.xlsx"))).toEqual(
      await parts(join(dir, "2", "khoi-thi-dua.xlsx")),
    );
  });
});
