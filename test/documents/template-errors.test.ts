import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ThiduaError } from "../../src/errors.js";
import { renderDocuments } from "../../src/render/render-documents.js";
import { cumFixture } from "../helpers/document-fixture.js";

/*
 * A template error names the file, line and column (documents.md), for the IT officer who edits
 * the templates. Each case writes one broken template into a --templates folder.
 */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-templates-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function errorOf(files: Record<string, string>): Promise<ThiduaError> {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const { bloc, result } = cumFixture();
  try {
    await renderDocuments(bloc, result, { templatesDir: dir });
  } catch (error) {
    if (error instanceof ThiduaError) return error;
    throw error;
  }
  throw new Error("the render did not fail");
}

const report = (...lines: string[]) => ({ "bao-cao-tong-ket.hbs": lines.join("\n") });
const at = (file: string, line: number, column: number) => `${join(dir, file)}:${line}:${column}: `;

describe("template errors", () => {
  it.each([
    [
      "an unknown variable",
      report("<document>", "<p>{{bloc.name}}</p>", "<p>  {{tenKhoi}}</p>", "</document>"),
      3,
      8,
      'unknown variable "tenKhoi"',
    ],
    [
      "an unknown variable inside a loop",
      report("<document>", "{{#each units}}", "  <p>{{nam}}</p>", "{{/each}}", "</document>"),
      3,
      8,
      'unknown variable "nam"',
    ],
    [
      "an unknown variable given to a helper",
      report("<document>", "<p>{{upper bloc.nam}}</p>", "</document>"),
      2,
      12,
      'unknown variable "bloc.nam"',
    ],
    [
      "a misspelt condition",
      report("<document>", "{{#if hasVote}}<p>x</p>{{/if}}", "</document>"),
      2,
      7,
      'unknown variable "hasVote"',
    ],
    [
      "a value that is empty here",
      report("<document>", "<p>{{computedProposals.length}}</p>", "</document>"),
      2,
      6,
      '"computedProposals.length": "computedProposals" is empty here',
    ],
    [
      "a part of a text",
      report("<document>", "<p>{{signature.signerName.first}}</p>", "</document>"),
      2,
      6,
      '"signature.signerName.first": "signature.signerName" is a text or a number',
    ],
    [
      "an unknown helper",
      report("<document>", "<p>{{viethoa bloc.name}}</p>", "</document>"),
      2,
      6,
      'unknown helper "viethoa"',
    ],
    [
      "a block that is not a helper",
      report("<document>", "{{#units}}<p>x</p>{{/units}}", "</document>"),
      2,
      4,
      'unknown helper "{{#units}}"',
    ],
    [
      "an unclosed block",
      report("<document>", "", "  {{#each units}}", "  <p>{{name}}</p>", "</document>"),
      3,
      3,
      "unclosed block {{#each}}: no matching {{/each}}",
    ],
    [
      "a block closed by another",
      report("<document>", "{{#if plan}}", "{{/each}}", "</document>"),
      2,
      4,
      "{{/each}} does not close {{#if}}",
    ],
    ["a syntax error", report("<document>", "<p>{{bloc.name</p>", "</document>"), 2, 11, "syntax error"],
    [
      "an unescaped value",
      report("<document>", "<p>{{{bloc.name}}}</p>", "</document>"),
      2,
      4,
      "{{{…}}} and {{& …}} are not allowed",
    ],
    [
      "an unknown partial",
      report("<document>", "{{> chu-ky}}", "</document>"),
      2,
      1,
      'unknown partial "chu-ky"',
    ],
    [
      "a wrong helper argument",
      report("<document>", "<p>{{roman bloc.name}}</p>", "</document>"),
      2,
      4,
      "{{roman}} expects a whole number",
    ],
    [
      "an unclosed tag",
      report("<document>", "<p>text", "</document>"),
      3,
      1,
      "bad markup: </document> does not close <p> (opened at 2:1)",
    ],
    ["a tag never closed", report("<document>", "<p>text"), 2, 1, "bad markup: <p> is never closed"],
    [
      "blocks nested 20 000 deep (Handlebars' parser would take minutes)",
      report(
        "<document>",
        `<p>${"{{#if year}}".repeat(20_000)}x${"{{/if}}".repeat(20_000)}</p>`,
        "</document>",
      ),
      2,
      1204,
      "{{#if}}: blocks nested more than 100 deep",
    ],
    [
      "elements nested 20 000 deep (the tree's walk would overflow the stack)",
      report("<document>", `<p>${"<b>".repeat(20_000)}x${"</b>".repeat(20_000)}</p>`, "</document>"),
      2,
      298,
      "bad markup: elements nested more than 100 deep",
    ],
    [
      "an unknown element",
      report("<document>", "  <para>text</para>", "</document>"),
      2,
      3,
      "<para> is not allowed inside <document>",
    ],
    [
      "a wrong attribute value",
      report("<document>", '<p align="middle">x</p>', "</document>"),
      2,
      1,
      '<p> attribute align: Invalid option: expected one of "left"|"center"|"right"|"justify"',
    ],
    [
      "an unknown attribute",
      report("<document>", '<p colour="red">x</p>', "</document>"),
      2,
      1,
      '<p> has no attribute "colour"',
    ],
    [
      "a literal <",
      report("<document>", "<p>điểm < 50</p>", "</document>"),
      2,
      9,
      "bad markup: '<' must start a tag",
    ],
    [
      "text outside a paragraph",
      report("<document>", "loose text", "</document>"),
      1,
      1,
      'text "loose text" is not allowed directly inside <document>',
    ],
    [
      "a short table row",
      report(
        "<document>",
        "<table>",
        '  <col width="1"/><col width="1"/>',
        "  <tr><td>a</td></tr>",
        "</table>",
        "</document>",
      ),
      4,
      3,
      "<tr> fills 1 of the table's 2 columns",
    ],
  ])("reports %s with file:line:col", async (_name, files, line, column, message) => {
    const error = await errorOf(files);
    expect(error.kind).toBe("template");
    expect(error.message).toContain(at("bao-cao-tong-ket.hbs", line, column) + message);
  });

  it("names a changed partial and its line", async () => {
    const error = await errorOf({
      "partials/signature.hbs": "<signature>\n  <line>{{signature.ten}}</line>\n</signature>",
    });
    expect(error.message).toBe(`${at("partials/signature.hbs", 2, 11)}unknown variable "signature.ten"`);
  });

  it("names the shipped file when the error is in the user's data path, not the template", async () => {
    // A helper error inside a shipped template would read templates/…; here the user's own file.
    const error = await errorOf(
      report("<document>", "{{#each units}}", "<p>{{ordinal note}}</p>", "{{/each}}", "</document>"),
    );
    expect(error.message).toMatch(/bao-cao-tong-ket\.hbs:3:4: \{\{ordinal\}\} expects a whole number/);
  });

  it("renders other documents when the broken one is not asked for", async () => {
    writeFileSync(join(dir, "bao-cao-tong-ket.hbs"), "{{#each");
    const { bloc, result } = cumFixture();
    const docs = await renderDocuments(bloc, result, { templatesDir: dir, only: ["to-trinh"] });
    expect(docs.map((d) => d.fileName)).toEqual(["to-trinh-khen-thuong.docx"]);
  });

  it("builds no document when one template fails", async () => {
    writeFileSync(join(dir, "bang-diem.hbs"), "<document>\n<p>{{x}}</p>\n</document>");
    const { bloc, result } = cumFixture();
    await expect(renderDocuments(bloc, result, { templatesDir: dir })).rejects.toThrow(
      /bang-diem\.hbs:2:6: unknown variable "x"/,
    );
  });

  it("falls back to the shipped partials when the folder's `partials` is a file, not a folder", async () => {
    writeFileSync(join(dir, "partials"), "not a folder");
    const { bloc, result } = cumFixture();
    const docs = await renderDocuments(bloc, result, { templatesDir: dir, only: ["bao-cao"] });
    expect(docs.map((d) => d.fileName)).toEqual(["bao-cao-tong-ket.docx"]);
  });

  it("refuses a --templates folder that does not exist", async () => {
    const { bloc, result } = cumFixture();
    await expect(renderDocuments(bloc, result, { templatesDir: join(dir, "nope") })).rejects.toMatchObject({
      kind: "usage",
    });
  });
});
