import * as z from "zod";
import { blocReadingSchema } from "../validate/reading-schema.js";

/*
 * The `--json` contract (cli.md), as zod schemas: the types the code writes come from here (z.infer),
 * the JSON Schemas shipped in `schema/` are generated from here (scripts/make-schemas.ts), and the
 * tests parse real outputs with them. Loaded by tests and that script only: a run imports the types.
 * Objects are strict, so a field added to an output without being written down here fails the tests.
 */

const code = z.string().describe("Unit code, as in the bloc workbook's `Đơn vị` sheet (`Mã`).");
const points = z.number().describe("Points, a JSON number exact to 0.01.");

/** A problem as scripts read it. */
export const jsonDiagnosticSchema = z
  .strictObject({
    code: z
      .string()
      .describe(
        "Stable code of the problem (e.g. `scoreOutOfRange`, `fileNotFound`; `usageError`, `rulesError`, `templateError`, `outputError`, `internalError` for a run that could not start or finish).",
      ),
    message: z.string().describe("The Vietnamese message, without the location."),
    file: z
      .string()
      .optional()
      .describe(
        "The file, as given on the command line (or found in a folder given); absent for usage errors.",
      ),
    sheet: z.string().optional().describe("The sheet, when the problem is in one."),
    cell: z.string().optional().describe("The cell (`C7`), when the problem is in one."),
    row: z
      .number()
      .int()
      .optional()
      .describe("The 1-based row (or line of a rules file), when no single cell."),
  })
  .meta({ id: "Diagnostic", description: "A problem: code, Vietnamese message, and where it is." });

const award = z
  .enum(["flag", "governmentFlag", "certificate"])
  .describe(
    "`flag`: Cờ thi đua of the province/ministry; `governmentFlag`: Cờ thi đua của Chính phủ; `certificate`: Bằng khen.",
  );

/** One proposal: the same shape in summarize's result and in the batch index. */
export const jsonProposalSchema = z
  .strictObject({
    award,
    name: z.string().describe("The award's full name, e.g. `Cờ thi đua của Ủy ban nhân dân Thành phố`."),
    units: z.array(code).describe("The units proposed, by code, in rank order."),
    decidedBy: z
      .enum(["rules", "conference"])
      .describe("`rules`: computed; `conference`: the conference's decision (`Đề nghị khen thưởng`)."),
  })
  .meta({ id: "Proposal" });

/**
 * What the bloc's workbook set up and the next year keeps: `thidua init --from` starts next year's
 * workbook from it, so an output folder alone (its `ket-qua.json`) is enough.
 */
export const structureSchema = z
  .strictObject({
    info: z
      .strictObject({
        council: z.string().describe("`Cấp trên`."),
        authority: z.string().describe("`Cấp khen` (its default when the workbook left it empty)."),
        place: z.string().describe("`Địa danh`."),
        venue: z.string().nullable().describe("`Địa điểm` of this year's conference."),
        signer: z.string().nullable().describe("`Người ký` for this year's chair unit."),
        signerTitle: z.string().nullable().describe("`Chức vụ người ký`."),
        format: z
          .enum(["administrative", "party"])
          .describe("`Thể thức`: `administrative` (Nghị định 30/2020) or `party` (Hướng dẫn 36-HD/VPTW)."),
      })
      .describe("The `Thông tin` facts that outlast the year (name, kind and year are in `bloc`)."),
    units: z
      .array(
        z.strictObject({
          code,
          name: z.string(),
          rotationOrder: z.number().int().nullable().describe("`Thứ tự luân phiên`, or null."),
          noRotation: z.boolean().describe("`Không luân phiên` is marked."),
        }),
      )
      .describe("The member units in the order of the `Đơn vị` sheet."),
    criteria: z
      .array(
        z.strictObject({
          code: z.string(),
          content: z.string(),
          max: points.describe("`Điểm tối đa`."),
          type: z.enum(["standard", "bonus", "deduction"]).describe("`chuẩn`, `thưởng` or `trừ`."),
          group: z.string().nullable().describe("`Nhóm`, or null."),
        }),
      )
      .describe("The `Tiêu chí` rows, in order."),
    rules: z
      .record(z.string(), z.json())
      .describe(
        'The rules in force as a `--rules` file writes them, by dotted key (rules.md "Settings reference"); a setting that is none is left out.',
      ),
  })
  .meta({ id: "Structure" });

/** `summarize --json` on success (exit 0). */
export const summarizeResultSchema = z
  .strictObject({
    bloc: z.strictObject({
      name: z.string(),
      kind: z.enum(["khoi", "cum"]).describe("`khoi`: khối thi đua; `cum`: cụm thi đua."),
      year: z.number().int(),
    }),
    units: z
      .array(
        z.strictObject({
          code,
          name: z.string(),
          standard: points.describe("Standard points (`chuẩn` criteria)."),
          bonus: points.describe("Bonus points counted (after the bonus cap)."),
          deduction: points.describe("Points deducted, a positive number."),
          total: points.describe("standard + bonus − deduction."),
          rank: z.number().int().min(1).describe("Standard competition rank: 1, 1, 3."),
          class: z.string().nullable().describe("Classification label, or null when the rules set none."),
          scoreSource: z
            .enum(["self", "bloc", "mixed"])
            .describe(
              "Where the counted points came from: `self` (the unit's `Tự chấm`), `bloc` (`Khối chấm`), `mixed` (some of each).",
            ),
        }),
      )
      .describe("In ranking order."),
    proposals: z.array(jsonProposalSchema),
    ties: z
      .array(
        z.strictObject({
          award: z
            .enum(["flag", "governmentFlag", "certificate", "chair", "deputy"])
            .describe("What the tie decides: an award, or next year's chair or deputy."),
          units: z.array(code).describe("The tied units: the conference must vote (`cần bình xét`)."),
        }),
      )
      .describe("Ties the rules cannot break: never broken silently."),
    rotation: z.strictObject({
      method: z.enum(["round-robin", "by-rank", "assigned"]),
      current: z.strictObject({ chair: code, deputy: code.nullable() }),
      next: z
        .strictObject({ chair: code.nullable(), deputy: code.nullable() })
        .describe("null when a tie leaves it to the conference (an entry in `ties`)."),
    }),
    warnings: z.array(jsonDiagnosticSchema),
    files: z.array(z.string()).describe("Absolute paths of the files written (empty for `validate`)."),
    structure: structureSchema,
  })
  .meta({ id: "SummarizeResult", description: "`thidua summarize --json`, exit 0." });

/** Any command with `--json` when it fails: input errors (exit 1), usage, rules, template or output (exit 2). */
export const errorsDocumentSchema = z
  .strictObject({
    errors: z.array(jsonDiagnosticSchema).min(1),
    warnings: z.array(jsonDiagnosticSchema),
  })
  .describe(
    "Any command's `--json` output when it fails: exit 1 (the input has errors, all listed) or exit 2 (usage, rules, template or output error; `code` ends in `Error`).",
  );

/** `validate --json`, exit 0 or 1. */
export const validateResultSchema = z
  .strictObject({
    ok: z.boolean().describe("true (exit 0) when there is no error; warnings allowed."),
    errors: z.array(jsonDiagnosticSchema),
    warnings: z.array(jsonDiagnosticSchema),
    reading: blocReadingSchema
      .nullable()
      .describe("How the workbooks were read (null when the bloc workbook itself could not be opened)."),
  })
  .describe("`thidua validate --json`, exit 0 or 1.");

const input = z
  .string()
  .describe("The workbook or bloc folder, as given or found, relative to the working folder.");
/** Why a bloc is `existing` (`alreadyDone`, `existingDiffers`) or `skipped` (`notWorkbook`, `folderWithoutWorkbook`, `tempFileSkipped`). */
const reason = jsonDiagnosticSchema;

const counts = z.strictObject({
  ok: z.number().int().describe("Blocs processed and written."),
  existing: z.number().int().describe("Blocs whose documents were already there (đã có), kept."),
  failed: z.number().int().describe("Blocs with errors; exit 3 when > 0."),
  skipped: z
    .number()
    .int()
    .describe("Inputs that are no bloc (an empty folder, a file that is no workbook)."),
});

/** `batch --json`, exit 0 or 3. */
export const batchResultSchema = z
  .strictObject({
    blocs: z
      .array(
        z.discriminatedUnion("status", [
          z.strictObject({ input, status: z.literal("ok"), result: summarizeResultSchema }),
          z.strictObject({ input, status: z.literal("existing"), reason, result: summarizeResultSchema }),
          z.strictObject({
            input,
            status: z.literal("failed"),
            errors: z.array(jsonDiagnosticSchema).min(1),
          }),
          z.strictObject({ input, status: z.literal("skipped"), reason }),
        ]),
      )
      .describe("Every input, in path order."),
    summary: counts,
  })
  .describe("`thidua batch --json`, exit 0 or 3.");

/** One bloc of the batch index, `tong-hop.json`. */
export const indexEntrySchema = z.strictObject({
  input,
  status: z.enum(["ok", "existing", "failed", "skipped"]),
  folder: z.string().nullable().describe("The bloc's output folder, relative to the index's folder."),
  name: z.string().nullable().describe("`Tên khối`, also for a failed bloc when it could be read."),
  kind: z.enum(["khoi", "cum"]).nullable(),
  year: z.number().int().nullable(),
  leader: z.array(code).describe("The unit(s) ranked first."),
  proposals: z.array(jsonProposalSchema),
  nextChair: code.nullable(),
  nextDeputy: code.nullable(),
  unitNames: z
    .record(z.string(), z.string())
    .describe("The full name of every unit named in this entry, by code."),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  errors: z.array(jsonDiagnosticSchema),
  reason: jsonDiagnosticSchema.nullable(),
});

/** `tong-hop.json`, the batch index beside `tong-hop.xlsx`. */
export const indexFileSchema = z
  .strictObject({ blocs: z.array(indexEntrySchema), summary: counts })
  .describe("`tong-hop.json`: the index of every bloc a batch (or an earlier one into the same folder) ran.");

export type JsonDiagnostic = z.infer<typeof jsonDiagnosticSchema>;
export type JsonResult = z.infer<typeof summarizeResultSchema>;
export type JsonStructure = z.infer<typeof structureSchema>;

/** The schema files shipped in `schema/`, by file name. */
export const SCHEMA_FILES = {
  "summarize.schema.json": summarizeResultSchema,
  "errors.schema.json": errorsDocumentSchema,
  "validate.schema.json": validateResultSchema,
  "batch.schema.json": batchResultSchema,
  "tong-hop.schema.json": indexFileSchema,
} as const;
