import * as z from "zod";
import { COLUMN_ROLES } from "./table/header-roles.js";

/*
 * How the tool read the workbooks (workbook.md "Workbooks as they are"): the contract of `validate`'s
 * reading, on screen and in `--json` (schema/validate.schema.json). Types come from here; a run loads
 * only the types (reading.ts), tests and the schema script load zod.
 */

const row = z.number().int().describe("A 1-based sheet row.");

export const tableReadingSchema = z
  .strictObject({
    file: z.string(),
    sheet: z.string(),
    header: z
      .strictObject({ first: row, last: row })
      .describe("The header's rows (two for a merged two-row header)."),
    columns: z
      .array(z.strictObject({ role: z.enum(COLUMN_ROLES), header: z.string(), cell: z.string() }))
      .describe(
        "Columns taken and what each was understood as: `self` and `agreed` (Tự chấm, Khối chấm…), `max`, `bonus`, `deduction`, `code`, `content`…",
      ),
    ignored: z
      .array(z.strictObject({ header: z.string(), cell: z.string() }))
      .describe("Columns seen and left: they hold no numbers."),
    rows: z.strictObject({ first: row, last: row }).nullable().describe("The table's rows."),
    groups: z
      .array(row)
      .describe("Group rows: their points are a check on the rows under them, never counted."),
    sections: z
      .array(z.strictObject({ row, type: z.enum(["standard", "bonus", "deduction"]) }))
      .describe("Section headings that type the rows under them (ĐIỂM THƯỞNG, ĐIỂM TRỪ)."),
    totals: z.array(row).describe("The secretary's total and subtotal rows, cross-checked."),
    ranks: z.array(row).describe("The secretary's rank rows (`Xếp hạng`) of a master table, cross-checked."),
    explanations: z.array(row).describe("Rows of explanation (a), -, text) without points."),
    spacers: z.array(row).describe("Empty rows inside the table."),
    numberRow: row.nullable().describe("The (1) (2) (3) row under the header, skipped."),
    codesFromNumbering: z
      .array(z.string())
      .optional()
      .describe("Present when criteria codes were made from numbering that restarts per group (I.1, II.1…)."),
  })
  .describe("How one table was read.");

export const unitReadingSchema = z
  .strictObject({
    unit: z.string().describe("Unit code."),
    name: z.string().optional(),
    table: tableReadingSchema.nullable(),
    line: z
      .string()
      .nullable()
      .describe("The master table's row or column of the unit (`dòng 7`, `cột E (…)`)."),
    matchedBy: z
      .strictObject({ how: z.string(), text: z.string() })
      .describe(
        "How the unit was recognised: `<where>:<how>`, where = sheet, unitLine, banner, file, column, row; how = code, name, cutName, nameInText, codeInText, abbreviation (a guess to check).",
      ),
    rowsMatchedBy: z
      .record(z.string(), z.number().int())
      .optional()
      .describe(
        "How many rows were matched to criteria by `code`, `path`, `loosePath` or `content` (the last two are guesses).",
      ),
  })
  .describe("Where one unit's points were read.");

export const blocReadingSchema = z
  .strictObject({
    criteria: tableReadingSchema.nullable(),
    units: z.array(unitReadingSchema),
    ignoredSheets: z
      .array(z.strictObject({ file: z.string(), sheet: z.string(), why: z.string() }))
      .describe("Sheets looked at and left, with why."),
  })
  .describe("How the workbooks were read: `validate` shows it so the secretary can check the reading.");
