import { describe, expect, it } from "vitest";
import { keepTogether } from "../../src/render/layout/keep-together.js";
import type { Block } from "../../src/render/markup/document-structure.js";

const p = (text: string, keepNext = false): Block => ({
  kind: "paragraph",
  attributes: { align: "justify", "keep-next": keepNext, bold: false, italic: false },
  runs: [{ kind: "text", text, bold: false, italic: false, underline: false, highlight: false }],
});
const heading: Block = { kind: "heading", level: 2, runs: [] };
const table: Block = { kind: "table", size: 13, columns: [], rows: [] };
const signature: Block = { kind: "signature-block", columns: [] };

/** The texts of the paragraphs kept with what follows (`H` for a heading, `T` for a table). */
const kept = (blocks: readonly Block[]): string[] =>
  keepTogether(blocks).flatMap((b) =>
    b.kind === "paragraph" && b.attributes["keep-next"]
      ? [(b.runs[0]?.kind === "text" && b.runs[0].text) || ""]
      : [],
  );

describe("keepTogether", () => {
  it.each<[string, Block[], string[]]>([
    [
      "the closing line and the two paragraphs before it",
      [p("a"), p("b"), p("c"), p("closing./."), signature],
      ["b", "c", "closing./."],
    ],
    [
      "through a heading, which keeps with its text already",
      [p("a"), heading, p("b"), p("closing./."), signature],
      ["a", "b", "closing./."],
    ],
    ["not past a table", [p("a"), table, p("closing./."), signature], ["closing./."]],
    [
      "a lead-in ending with a colon, anywhere",
      [p("Hội nghị thống nhất:"), p("- a;"), p("- b."), p("x")],
      ["Hội nghị thống nhất:"],
    ],
    ["nothing without a signature or a lead-in", [p("a"), p("b")], []],
    ["what the template kept already", [p("a", true), p("b")], ["a"]],
  ])("%s", (_, blocks, expected) => {
    expect(kept(blocks)).toEqual(expected);
  });

  it("leaves its input as it was", () => {
    const blocks = [p("a"), p("closing"), signature];
    keepTogether(blocks);
    expect(blocks.map((b) => b.kind === "paragraph" && b.attributes["keep-next"])).toEqual([
      false,
      false,
      false,
    ]);
  });
});
