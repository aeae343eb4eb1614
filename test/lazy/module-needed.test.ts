import { describe, expect, it } from "vitest";
import { ModuleNeeded, withModules } from "../../src/lazy/module-needed.js";

describe("withModules", () => {
  it("loads what a stage asks for and runs it again, once per module", async () => {
    const loaded: string[] = [];
    const stage = () => {
      for (const what of ["a", "b"])
        if (!loaded.includes(what)) throw new ModuleNeeded(what, async () => void loaded.push(what));
      return "done";
    };
    expect(await withModules(stage)).toBe("done");
    expect(loaded).toEqual(["a", "b"]);
  });

  it("throws, rather than looping, when a loaded module is asked for again", async () => {
    const stage = () => {
      throw new ModuleNeeded("a", async () => undefined);
    };
    await expect(withModules(stage)).rejects.toBeInstanceOf(ModuleNeeded);
  });

  it("passes any other error through", async () => {
    await expect(
      withModules(() => {
        throw new Error("x");
      }),
    ).rejects.toThrow("x");
  });
});
