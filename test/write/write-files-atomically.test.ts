import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import type * as Fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ThiduaError } from "../../src/errors.js";

/*
 * A full disk where tmpfs cannot be mounted (test/hostile/ mounts one when run as root): the file
 * system fails the second write with ENOSPC, as a disk filling up does.
 */
const failing = vi.hoisted(() => ({ code: null as string | null, after: 0, writes: 0 }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  return {
    ...fs,
    writeFileSync: (...args: Parameters<typeof fs.writeFileSync>) => {
      if (failing.code !== null && ++failing.writes > failing.after) {
        throw Object.assign(new Error(`${failing.code}: simulated`), { code: failing.code });
      }
      fs.writeFileSync(...args);
    },
  };
});
const { writeFilesAtomically } = await import("../../src/write/write-files-atomically.js");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-write-"));
  failing.writes = 0;
});
afterEach(() => {
  failing.code = null;
  rmSync(dir, { recursive: true, force: true });
});

const files = (out: string) => [
  { path: join(out, "bao-cao.docx"), data: new Uint8Array([1, 2, 3]) },
  { path: join(out, "con", "ket-qua.xlsx"), data: new Uint8Array([4, 5]) },
];

describe("writeFilesAtomically", () => {
  it.each([
    ["ENOSPC", "ổ đĩa đã đầy"],
    ["EDQUOT", "ổ đĩa đã đầy"],
    ["EROFS", "ổ đĩa chỉ cho đọc"],
    ["EACCES", "không có quyền ghi"],
  ])("on %s says %s and leaves nothing: no temporary file, no folder it made", async (code, reason) => {
    failing.code = code;
    failing.after = 1;
    const out = join(dir, "thidua-khoi-2023");
    const error = await writeFilesAtomically(files(out), false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThiduaError);
    expect((error as ThiduaError).kind).toBe("output");
    expect((error as ThiduaError).message).toContain(reason);
    expect((error as ThiduaError).message).toContain("ket-qua.xlsx");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("writes all files when the disk has room", async () => {
    const out = join(dir, "out");
    await writeFilesAtomically(files(out), false);
    expect(readdirSync(out).sort()).toEqual(["bao-cao.docx", "con"]);
    expect(readdirSync(join(out, "con"))).toEqual(["ket-qua.xlsx"]);
  });
});
