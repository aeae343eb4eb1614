import { readWorkbook } from "/work/main/src/read/read-workbook.js";
import { parseCriteria } from "/work/main/src/validate/parse-criteria.js";
const f = process.argv[2]!;
const r = await readWorkbook(f);
const sheet = r.workbook!.sheets.find(s => s.name === (process.argv[3] ?? "Tiêu chí"))!;
console.log(sheet.rows.map(r => r.map(c => c.kind === "empty" ? "" : ("value" in c ? String(c.value) : c.kind)).join(" | ")).join("\n"));
const p = parseCriteria(sheet, f);
console.log(JSON.stringify(p.criteria.map(c => [c.code, c.max, c.type, c.group, c.path]), null, 0));
console.log(p.diagnostics);
