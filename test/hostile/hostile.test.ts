/**
 * Every case of the hostile corpus, run in this process through the functions the CLI calls (see
 * hostile-cases.ts for what each must do; hostile-cli.test.ts runs a few through the built binary
 * to prove the exit codes and streams of a real process). A read-only or full disk is simulated
 * (simulated-disk.ts), so those cases run for everyone, root or not. Cases run one at a time: each
 * sets the working folder, and some the PATH, of the whole process. Timings are not asserted.
 */
import type * as Fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { findSoffice } from "../../src/read/find-soffice.js";
import { cases, checkCase, runsOf, sandbox } from "./hostile-cases.js";
import { runInProcess } from "./run-in-process.js";

vi.mock("node:fs", async (importOriginal) => {
  const { onSimulatedDisks } = await import("./simulated-disk.js");
  return onSimulatedDisks(await importOriginal<typeof Fs>());
});

const hasSoffice = findSoffice() !== null;
const inCi = process.env.CI !== undefined && process.env.CI !== "";

describe("hostile inputs, in process", () => {
  for (const { c, command } of runsOf(cases)) {
    const tags = c.libreOffice === "required" ? ["libreoffice"] : [];
    it(`${c.name} (${command}): ${c.description}`, { tags, timeout: 300_000 }, async (ctx) => {
      if (c.libreOffice === "required" && !hasSoffice) {
        expect(inCi, "soffice (LibreOffice) is required in CI").toBe(false);
        return ctx.skip("soffice (LibreOffice) is not installed");
      }
      const box = sandbox(c, "simulated");
      if (box === null) throw new Error("a simulated disk is always there");
      try {
        await checkCase(c, command, box, runInProcess);
      } finally {
        box.cleanup();
      }
    });
  }
});
