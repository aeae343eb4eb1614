import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndexWorkbook } from "../../src/batch/build-index-workbook.js";
import type { IndexEntry } from "../../src/batch/index-entry.js";
import { indexFacts } from "../../src/batch/index-facts.js";
import { init } from "../../src/commands/init.js";
import { summarize } from "../../src/commands/summarize.js";
import { OUTPUT_IDS } from "../../src/output/output-ids.js";
import { DOCUMENT_IDS } from "../../src/render/document-ids.js";
import { renderDocuments } from "../../src/render/render-documents.js";
import { buildResultsWorkbook } from "../../src/write/build-results-workbook.js";
import { writeZip } from "../../src/write/zip/write-zip.js";
import { cumFixture, partyFixture, wideFixture } from "../helpers/document-fixture.js";
import { unzip } from "../documents/docx-reader.js";
import { formatOf, ooxmlErrors, type OoxmlError } from "./ooxml-validator.js";

/*
 * Every .docx and .xlsx thidua's own writers produce passes Microsoft's Open XML SDK validation
 * (Microsoft365 profile), the check behind Word's and Excel's repair prompt (documents.md): the
 * samples' documents (all of them, achievement reports of flag and certificate units included) and
 * their `ket-qua.xlsx`, the document fixtures' documents, a changed template using every element of
 * the markup, and the batch index `tong-hop.xlsx`. The workbooks `init` writes through exceljs are
 * held to the one known fault of exceljs (below).
 */

const SAMPLES = new URL("../../samples/", import.meta.url).pathname;
/** A bloc's inputs as a user gives them: a workbook, or a folder with its per-unit workbooks. */
const SAMPLE_INPUTS = ["cum-thi-dua-so-02.xlsx", "khoi-14", "khoi-co-quan-dang-hai-duong.xlsx"];

interface Written {
  /** What the file is, for the test's name. */
  label: string;
  data: Buffer;
  format: "docx" | "xlsx";
}

let dir = "";
const written: Written[] = [];

const add = (label: string, fileName: string, data: Buffer) =>
  written.push({ label, data, format: formatOf(fileName) });

const entries: IndexEntry[] = [];
const failedError = {
  code: "scoreAboveMax",
  message: "điểm vượt điểm tối đa",
  file: "tinh/loi.xlsx",
  sheet: "BQL",
  cell: "D7",
};

function entry(
  input: string,
  status: IndexEntry["status"],
  facts: ReturnType<typeof indexFacts> | null,
): IndexEntry {
  return {
    input,
    status,
    folder: facts === null ? null : basename(input, ".xlsx"),
    name: facts?.name ?? null,
    kind: facts?.kind ?? null,
    year: facts?.year ?? null,
    leader: facts?.leader ?? [],
    proposals: facts?.proposals ?? [],
    nextChair: facts?.nextChair ?? null,
    nextDeputy: facts?.nextDeputy ?? null,
    unitNames: facts?.unitNames ?? {},
    errorCount: 0,
    warningCount: 0,
    errors: [],
    reason: null,
  };
}

/** A changed `bao-cao-tong-ket.hbs` that uses every element and attribute of the markup once. */
const EVERY_ELEMENT = `<document orientation="landscape">
{{> header-block number=numbers.report}}
<title>BÁO CÁO</title>
<subtitle>Mọi thành phần của bản mẫu<br/>năm {{year}}</subtitle>
<heading>I. PHẦN MỘT</heading>
<heading level="2">1. Mục hai</heading>
<heading level="3">a) Điểm ba</heading>
<p align="left" indent="none" bold italic size="13" keep-next>Đoạn <b>đậm</b>, <i>nghiêng</i>, <u>gạch chân</u>,
<mark>tô vàng</mark><br/>và xuống dòng:</p>
<p align="center">Giữa</p>
<p align="right">Phải</p>
<table size="12">
  <col width="8" min="10"/>
  <col width="52" min="auto"/>
  <col width="20"/>
  <col width="20"/>
  <tr header>
    <td rowspan="2" vertical>Mã đơn vị</td>
    <td rowspan="2" align="center" valign="bottom">Tên đơn vị</td>
    <td colspan="2" align="center">Điểm</td>
  </tr>
  <tr header>
    <td align="center">Tổng</td>
    <td align="center">Xếp hạng</td>
  </tr>
{{#each units}}
  <tr{{#if @first}} bold{{/if}}>
    <td>{{code}}</td>
    <td valign="top" italic>{{name}}</td>
    <td align="right" bold>{{total}}</td>
    <td align="justify">{{rank}}</td>
  </tr>
{{/each}}
</table>
<page-break/>
<p>Trang sau.</p>
<signature-block>
{{> recipients list=recipients.report}}
{{> signature}}
</signature-block>
</document>
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "thidua-ooxml-"));
  // The samples as a secretary runs them, every output asked for (certificate units' reports too).
  for (const input of SAMPLE_INPUTS) {
    const out = join(dir, basename(input, ".xlsx"));
    const outcome = await summarize([join(SAMPLES, input)], { out, only: [...OUTPUT_IDS], force: false });
    if (!outcome.ok) throw new Error(`sample ${input} did not summarize`);
    // ket-qua.json is JSON, held to its schema elsewhere; every other file is Office Open XML.
    for (const file of outcome.files.filter((f) => !f.endsWith(".json")))
      add(`samples/${input} › ${basename(file)}`, file, await readFile(file));
    const facts = indexFacts(outcome.bloc, outcome.result, 0);
    entries.push(entry(input, "ok", facts));
  }
  entries.push({ ...entry("tinh/loi.xlsx", "failed", null), errors: [failedError], errorCount: 1 });
  entries.push({ ...entry("tinh/cu.xlsx", "existing", null), reason: failedError });
  add("batch › tong-hop.xlsx", "tong-hop.xlsx", buildIndexWorkbook(entries));

  for (const [name, { bloc, result }] of [
    ["Cụm", cumFixture()],
    ["Đảng", partyFixture()],
    ["14 × 30", wideFixture()],
  ] as const) {
    for (const doc of await renderDocuments(bloc, result, { only: [...DOCUMENT_IDS] }))
      add(`fixture ${name} › ${doc.fileName}`, doc.fileName, doc.data);
    add(`fixture ${name} › ket-qua.xlsx`, "ket-qua.xlsx", buildResultsWorkbook(bloc, result));
  }

  const templates = join(dir, "mau");
  await mkdir(templates);
  await writeFile(join(templates, "bao-cao-tong-ket.hbs"), EVERY_ELEMENT);
  const { bloc, result } = cumFixture();
  for (const doc of await renderDocuments(bloc, result, { templatesDir: templates, only: ["bao-cao"] }))
    add(`custom template › ${doc.fileName}`, doc.fileName, doc.data);

  // The runtime loads once per process: loaded here, so that no single test pays for it.
  await ooxmlErrors(written[0]?.data ?? Buffer.alloc(0), written[0]?.format ?? "docx");
}, 600_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the files thidua writes pass the Open XML SDK validator (Microsoft365)", () => {
  it("covers every kind of output: the documents, the reports, ket-qua.xlsx and tong-hop.xlsx", () => {
    const labels = written.map((w) => w.label);
    for (const kind of [
      "bao-cao-tong-ket.docx",
      "to-trinh-khen-thuong.docx",
      "bien-ban-hop.docx",
      "bang-diem.docx",
      "bao-cao-thanh-tich-",
      "ket-qua.xlsx",
      "tong-hop.xlsx",
    ])
      expect(labels.filter((l) => l.includes(kind)).length, kind).toBeGreaterThan(0);
    // The samples hold both kinds of reports: flags' by default, certificates' on request.
    expect(
      labels.filter((l) => l.startsWith("samples/") && l.includes("bao-cao-thanh-tich-")).length,
    ).toBeGreaterThan(4);
  });

  it("finds no error in any of them", { timeout: 600_000 }, async () => {
    const failures: Array<{ label: string; errors: OoxmlError[] }> = [];
    for (const w of written) {
      const errors = await ooxmlErrors(w.data, w.format);
      if (errors.length > 0) failures.push({ label: w.label, errors: errors.slice(0, 5) });
    }
    expect(failures).toEqual([]);
  });

  it("reports a broken file (the check can fail)", async () => {
    const { bloc, result } = cumFixture();
    const [doc] = await renderDocuments(bloc, result, { only: ["to-trinh"] });
    if (!doc) throw new Error("no document");
    const broken = unzip(doc.data);
    const xml = broken.get("word/document.xml")?.toString("utf8") ?? "";
    // A run property out of the schema's order: what Word repairs.
    const bad = xml.replace("<w:rPr>", '<w:rPr><w:lang w:val="vi-VN"/><w:b/>');
    expect(bad).not.toBe(xml);
    const rezipped = writeZip(
      [...broken].map(([name, data]) => ({ name, data: name === "word/document.xml" ? bad : data })),
    );
    expect((await ooxmlErrors(rezipped, "docx")).length).toBeGreaterThan(0);
  });
});

/*
 * exceljs (which `init` writes with, to get data validation and formulas) writes a font's children
 * in its own fixed order (b, i, u, color, family, scheme, then sz, name), where the schema wants
 * sz before color: Excel opens such files without complaint, but the validator reports every font
 * that has a colour, family or scheme — the workbook default font among them, which exceljs writes
 * itself. Fixing it would mean rewriting exceljs's styles.xml after it is written, so it is left
 * as it is; this test holds init's workbooks to that one known fault, so any other is caught.
 */
describe("the workbooks init writes (exceljs)", () => {
  it("fail only on exceljs's order of a font's children", { timeout: 300_000 }, async () => {
    const out = join(dir, "init");
    const { files } = await init({ dir: out, perUnit: true, force: false });
    expect(files.length).toBeGreaterThan(1);
    const faults = new Set<string>();
    for (const file of files) {
      for (const e of await ooxmlErrors(await readFile(file), "xlsx")) {
        const known =
          e.id === "Sch_UnexpectedElementContentExpectingComplex" &&
          e.part === "/xl/styles.xml" &&
          /^\/x:styleSheet\[1\]\/x:fonts\[1\]\/x:font\[\d+\]$/.test(e.xpath) &&
          e.description.includes(":sz'");
        faults.add(
          known ? "exceljs font order" : `${basename(file)}: ${e.id} ${e.part} ${e.xpath} ${e.description}`,
        );
      }
    }
    expect([...faults]).toEqual(["exceljs font order"]);
    expect((await readdir(join(out, "don-vi"))).length).toBe(files.length - 1);
  });
});
