/**
 * Writes the Cụm 02 sample (samples/cum-thi-dua-so-02.xlsx) as unusual but valid packages write it,
 * the variations test/read/producers.test.ts reads, so that they can be tried by hand with the CLI:
 *
 *   npx tsx scripts/make-reader-variants.ts /tmp/variants
 *   node bin/thidua.js validate /tmp/variants/utf-16.xlsx
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readWorkbook } from "../src/read/read-workbook.js";
import {
  cdata,
  date1904,
  dxfFormats,
  emptyStringFormulas,
  upperCaseNames,
  utf16,
  vary,
  workbookElsewhere,
} from "../test/read/producers/package-variations.js";
import { writeWithThidua } from "../test/read/producers/write-with-thidua.js";

const SAMPLE = fileURLToPath(new URL("../samples/cum-thi-dua-so-02.xlsx", import.meta.url));

async function main(): Promise<void> {
  const out = process.argv[2];
  if (out === undefined) throw new Error("usage: npx tsx scripts/make-reader-variants.ts <out-dir>");
  const bytes = await readFile(SAMPLE);
  const read = await readWorkbook(SAMPLE);
  if (read.workbook === null) throw new Error("the sample must read");
  const variants: Record<string, Buffer> = {
    "utf-16.xlsx": vary(bytes, utf16),
    "upper-case-names.xlsx": vary(bytes, upperCaseNames),
    "workbook-elsewhere.xlsx": vary(bytes, workbookElsewhere),
    "dxf-formats.xlsx": vary(bytes, dxfFormats),
    "date-1904.xlsx": vary(bytes, date1904),
    "cdata.xlsx": vary(bytes, cdata),
    "empty-string-results.xlsx": vary(bytes, emptyStringFormulas(read.workbook)),
    "thidua-writer.xlsx": writeWithThidua(read.workbook),
  };
  await mkdir(out, { recursive: true });
  for (const [name, data] of Object.entries(variants)) await writeFile(join(out, name), data);
  console.log(`${Object.keys(variants).length} variants of the Cụm 02 sample written to ${out}`);
}

await main();
