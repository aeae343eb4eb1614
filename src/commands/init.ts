import { join } from "node:path";
import type { Terminal } from "../cli/terminal.js";
import { ThiduaError } from "../errors.js";
import type { InitFacts } from "../init/apply-init-facts.js";
import { applyInitFacts } from "../init/apply-init-facts.js";
import { buildBlocWorkbook } from "../init/build-bloc-workbook.js";
import { buildUnitWorkbook } from "../init/build-unit-workbook.js";
import { EXAMPLE_CONTENT } from "../init/example-content.js";
import type { InitContent } from "../init/init-content.js";
import { loadExcelJs } from "../init/load-exceljs.js";
import { makeUnitCodes } from "../init/make-unit-codes.js";
import { readCriteriaFile } from "../init/read-criteria-file.js";
import { readUnitsFile } from "../init/read-units-file.js";
import { uniqueFileSlugs } from "../init/safe-file-slug.js";
import type { OutputFile } from "../write/write-files-atomically.js";
import { writeFilesAtomically } from "../write/write-files-atomically.js";

export interface InitOptions {
  /** Folder to write into (created if missing). */
  dir: string;
  /** `--units`: a text file, one unit name per line. */
  unitsFile?: string;
  /** `--criteria`: a workbook whose `Tiêu chí` sheet gives the criteria. */
  criteriaFile?: string;
  /** `--per-unit`: also write one self-scoring workbook per unit into `<dir>/don-vi/`. */
  perUnit: boolean;
  /** Replace existing files. */
  force: boolean;
  /** The bloc's facts (`--name`, `--year`…): written in place of the example's values. */
  facts?: InitFacts;
  /**
   * `--from`: last year's output folder (its `ket-qua.json`), that file, or last year's bloc workbook
   * or bloc folder: next year's workbook continues it; `facts` given still win.
   */
  from?: string;
}

export interface InitResult {
  /** Paths written, the bloc workbook first. */
  files: string[];
  /** Problems of the `--units` file that did not stop the run: repeated names dropped, a single unit (Vietnamese, for display). */
  warnings: string[];
  /** With `--from`: what was carried over from last year and what is left to fill in (Vietnamese). */
  notes: string[];
}

/** File name of the bloc workbook. */
export const BLOC_WORKBOOK_NAME = "khoi-thi-dua.xlsx";
/** Folder of the per-unit workbooks. */
export const UNIT_FOLDER_NAME = "don-vi";

/**
 * `thidua init [dir]`: writes a ready-to-fill bloc workbook, and with `perUnit` one self-scoring
 * workbook per unit. The bloc's facts given (`facts`) are written everywhere, the forms' titles
 * included; every value left from the example is marked `(ví dụ)` and refused by `validate`. With `perUnit` the bloc workbook has no score sheets of its own: the units score
 * in their files, and a unit scored in two places is an error for the reader (workbook.md layout 2).
 * Nothing is written when an input is invalid or, without `force`, when a target file exists.
 */
export async function init(options: InitOptions): Promise<InitResult> {
  let content: InitContent = { ...EXAMPLE_CONTENT };
  const warnings: string[] = [];
  const notes: string[] = [];
  if (options.from !== undefined) {
    if (options.unitsFile !== undefined || options.criteriaFile !== undefined)
      throw new ThiduaError(
        "usage",
        "--from lấy đơn vị và tiêu chí của năm trước: không dùng cùng --units hay --criteria.",
      );
    // The reader and the rules engine load only for --from.
    const { readLastYear } = await import("../init/read-last-year.js");
    const { nextYearContent } = await import("../init/next-year-content.js");
    const next = nextYearContent(await readLastYear(options.from));
    content = next.content;
    notes.push(...next.notes);
    warnings.push(...next.warnings);
  }
  if (options.unitsFile !== undefined) {
    const { names, duplicates } = await readUnitsFile(options.unitsFile);
    const codes = makeUnitCodes(names);
    content.units = names.map((name, i) => ({ code: codes[i] ?? `DV${i + 1}`, name }));
    content.examples = content.examples.filter((f) => f !== "units");
    content.info = {
      ...content.info,
      chair: content.units[0]?.code ?? "",
      deputy: content.units[1]?.code ?? "",
    };
    for (const d of duplicates) {
      warnings.push(`${options.unitsFile} › dòng ${d.line}: đơn vị "${d.name}" bị lặp lại, bỏ qua`);
    }
    if (names.length < 2) {
      warnings.push(`${options.unitsFile}: chỉ có 1 đơn vị, luân phiên Khối/Cụm trưởng cần ít nhất 2`);
    }
  }
  if (options.criteriaFile !== undefined) content.criteria = await readCriteriaFile(options.criteriaFile);
  const applied = applyInitFacts(content, options.facts ?? {});
  if (applied.problems.length > 0) {
    throw new ThiduaError("usage", `Thông tin của khối chưa đúng:\n  ${applied.problems.join("\n  ")}`);
  }
  content = applied.content;

  const excel = await loadExcelJs();
  const blocWorkbook = buildBlocWorkbook(excel, content, { scoreSheets: !options.perUnit });
  const outputs: OutputFile[] = [
    {
      path: join(options.dir, BLOC_WORKBOOK_NAME),
      data: new Uint8Array(await blocWorkbook.xlsx.writeBuffer()),
    },
  ];
  if (options.perUnit) {
    const slugs = uniqueFileSlugs(content.units.map((u) => u.code));
    for (const [i, unit] of content.units.entries()) {
      const workbook = buildUnitWorkbook(excel, content, unit);
      outputs.push({
        path: join(options.dir, UNIT_FOLDER_NAME, `${slugs[i] ?? `don-vi-${i + 1}`}.xlsx`),
        data: new Uint8Array(await workbook.xlsx.writeBuffer()),
      });
    }
  }
  await writeFilesAtomically(outputs, options.force);
  return { files: outputs.map((o) => o.path), warnings, notes };
}

/** Options of `init` as commander gives them: the files, and the bloc's facts (`--name`, `--year`…). */
export type InitCliOptions = {
  units?: string;
  criteria?: string;
  perUnit?: boolean;
  force?: boolean;
  from?: string;
} & InitFacts;

/** `thidua init` from the command line: writes the workbooks, then lists them and what to do next. */
export async function runInit(term: Terminal, dir: string, options: InitCliOptions): Promise<number> {
  const { units, criteria, perUnit, force, from, ...facts } = options;
  const { files, warnings, notes } = await init({
    dir,
    ...(units !== undefined ? { unitsFile: units } : {}),
    ...(criteria !== undefined ? { criteriaFile: criteria } : {}),
    ...(from !== undefined ? { from } : {}),
    perUnit: perUnit === true,
    force: force === true,
    facts,
  });
  for (const n of notes) term.out(n);
  for (const w of warnings) term.err(term.color.yellow(`Cảnh báo: ${w}`));
  term.out(`Đã tạo ${files.length} tệp:`);
  for (const f of files) term.out(`  ${f}`);
  term.out(
    'Bước tiếp theo: thay các ô ghi "(ví dụ)" bằng thông tin của khối, điền bảng tính, gửi bảng tự chấm cho các đơn vị, rồi chạy thidua validate.',
  );
  return 0;
}
