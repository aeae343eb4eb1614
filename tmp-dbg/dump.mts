import { readWorkbook } from "/work/main/src/read/read-workbook.js";
const f = process.argv[2]!;
const r = await readWorkbook(f);
for (const sheet of r.workbook!.sheets) {
  if (process.argv[3] && sheet.name !== process.argv[3]) continue;
  console.log("=== " + sheet.name, JSON.stringify(sheet.merges));
  sheet.rows.slice(0, Number(process.argv[4] ?? 40)).forEach((row, i) => console.log(String(i + 1).padStart(3), row.map(c => c.kind === "empty" ? "" : ("value" in c ? String(typeof c.value === "object" ? JSON.stringify(c.value) : c.value) : c.kind)).join(" | ")));
}
