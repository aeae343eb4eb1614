import { Command, CommanderError } from "commander";
import { ThiduaError } from "../errors.js";
import { internalErrorJson } from "../output/internal-error-json.js";
import { makeTerminal } from "./terminal.js";
import type { BatchCliOptions } from "../commands/batch.js";
import type { InitCliOptions } from "../commands/init.js";
import type { SummarizeCliOptions } from "../commands/summarize.js";
import { VERSION } from "./version.js";
import {
  loadBatchCommand,
  loadInitCommand,
  loadSummarizeCommand,
  loadTemplatesExportCommand,
  loadValidateCommand,
} from "./command-modules.js";
import { removeInFlightTempFiles } from "../write/in-flight-temp-files.js";
import { vietnameseHelp, vietnameseUsageError } from "./vietnamese-commander.js";

const COMMANDS = ["summarize", "validate", "batch", "init", "templates", "help"];

/** Help of the options summarize and batch share. */
const ONLY_HELP =
  "chỉ ghi một số văn bản: bao-cao,to-trinh,bien-ban,bang-diem,thanh-tich,ket-qua; thanh-tich-bang-khen (báo cáo thành tích của đơn vị đề nghị Bằng khen) chỉ ghi khi được chọn";
const PDF_HELP = "ghi thêm bản PDF cạnh mỗi văn bản Word (cần LibreOffice)";

/**
 * The CLI's one error boundary (style.md §3): commands return an exit code or throw; only this file
 * sets `process.exitCode`. Heavy modules (exceljs, handlebars, zod) load inside the commands so that
 * `--help` and `--version` stay fast.
 */
async function main(argv: string[]): Promise<number> {
  const wantsJson = argv.includes("--json");
  const term = makeTerminal({ color: !argv.includes("--no-color") });
  // `-V` as well as `-v`: commander gives an option one short name, and both are common for a version.
  if (argv.length === 1 && argv[0] === "-V") argv = ["-v"];
  const program = new Command("thidua")
    .description("Tổng hợp điểm thi đua, xếp hạng, đề nghị khen thưởng và soạn văn bản cho khối/cụm thi đua")
    .version(VERSION, "-v, --version", "in số phiên bản")
    .helpOption("-h, --help", "in hướng dẫn")
    .helpCommand("help [lệnh]", "hướng dẫn của một lệnh")
    .exitOverride()
    .configureHelp(vietnameseHelp)
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      // Usage errors are worded (in Vietnamese, or as JSON with --json) where they are caught, below.
      outputError: () => undefined,
    })
    .addHelpText(
      "after",
      `
Ví dụ:
  thidua summarize samples/cum-thi-dua-so-02.xlsx
  thidua validate khoi-2025
  thidua summarize khoi-2025 -o ket-qua-2025 --force
  thidua summarize khoi-2025/khoi-thi-dua.xlsx khoi-2025/don-vi/bql.xlsx
  thidua batch cac-khoi -o ket-qua-tinh --jobs 4
  thidua init khoi-2025 --per-unit --units don-vi.txt

Một thư mục khối chứa bảng tính của khối và các bảng tự chấm (bên cạnh hoặc trong don-vi/);
tệp khoá của Excel (~$…) và tệp ẩn được bỏ qua.

Mã thoát: 0 thành công; 1 dữ liệu có lỗi; 2 lỗi cách dùng, quy tắc hoặc mẫu văn bản;
3 batch có khối lỗi; 130 bị dừng bằng Ctrl-C.`,
    );
  let exitCode = 0;
  const common = (cmd: Command) =>
    cmd
      .option("--json", "in kết quả dạng JSON ra stdout (cho script)")
      .option("--quiet", "chỉ in lỗi")
      .option("--verbose", "in cả ghi chú và vết lỗi")
      .option("--no-color", "không tô màu");

  common(
    program
      .command("summarize")
      .description("tổng hợp một khối: tính điểm, xếp hạng, đề nghị khen thưởng, luân phiên; ghi văn bản")
      .argument("<khối>", "bảng tính của khối (.xlsx), hoặc thư mục của khối")
      .argument("[đơn-vị.xlsx...]", "bảng tự chấm của từng đơn vị (nếu có; không cần khi đưa thư mục)")
      .option("-o, --out <dir>", "thư mục kết quả (mặc định ./thidua-<tên-khối>-<năm>/)")
      .option("--rules <file.json>", "tệp quy tắc JSON (ghi đè trang Quy tắc)")
      .option("--templates <dir>", "thư mục mẫu văn bản đã sửa")
      .option("--only <docs>", ONLY_HELP)
      .option("--pdf", PDF_HELP)
      .option(
        "--prev <thư-mục>",
        "thư mục kết quả năm trước (hoặc tệp ket-qua.json): thêm điểm, hạng năm trước",
      )
      .option("--force", "ghi đè các tệp đã có"),
  ).action(async (bloc: string, units: string[], options: SummarizeCliOptions) => {
    const { runSummarize } = await loadSummarizeCommand();
    exitCode = await runSummarize(term, [bloc, ...units], options);
  });

  common(
    program
      .command("validate")
      .description("chỉ kiểm tra bảng tính, liệt kê mọi lỗi và cách sửa; không ghi gì")
      .argument("<khối>", "bảng tính của khối (.xlsx), hoặc thư mục của khối")
      .argument("[đơn-vị.xlsx...]", "bảng tự chấm của từng đơn vị (nếu có; không cần khi đưa thư mục)")
      .option("--rules <file.json>", "tệp quy tắc JSON"),
  ).action(async (bloc: string, units: string[], options: SummarizeCliOptions) => {
    const { runValidate } = await loadValidateCommand();
    exitCode = await runValidate(term, [bloc, ...units], options);
  });

  common(
    program
      .command("batch")
      .description("tổng hợp nhiều khối một lượt: mỗi bảng tính .xlsx hoặc mỗi thư mục con là một khối")
      .argument("<thư-mục-hoặc-bảng-tính...>", "thư mục chứa các khối, hoặc các bảng tính của khối")
      .option("-o, --out <dir>", "thư mục kết quả (mặc định ./thidua-out/)")
      .option("--jobs <n>", "số khối xử lý cùng lúc (mặc định: số CPU)")
      .option("--rules <file.json>", "tệp quy tắc JSON (dùng cho mọi khối)")
      .option("--templates <dir>", "thư mục mẫu văn bản đã sửa")
      .option("--only <docs>", ONLY_HELP)
      .option("--pdf", PDF_HELP)
      .option(
        "--prev <thư-mục>",
        "thư mục kết quả năm trước của batch: thêm điểm, hạng năm trước cho từng khối",
      )
      .option("--force", "ghi lại cả các khối đã có văn bản, lập lại bảng tổng hợp từ đầu")
      .option(
        "--resume",
        "chạy tiếp sau khi bị dừng (Ctrl-C): giữ các khối đã xong, làm các khối còn lại (cũng là cách chạy mặc định)",
      ),
  ).action(async (inputs: string[], options: BatchCliOptions) => {
    const { runBatch } = await loadBatchCommand();
    exitCode = await runBatch(term, inputs, options);
  });

  program
    .command("init")
    .description("tạo bảng tính mẫu khoi-thi-dua.xlsx để khối điền")
    .argument("[dir]", "thư mục tạo tệp", ".")
    .option("--units <file>", "tệp danh sách đơn vị, mỗi dòng một tên")
    .option("--criteria <xlsx>", "lấy bảng tiêu chí từ một bảng tính có sẵn")
    .option("--per-unit", "tạo thêm bảng tự chấm cho từng đơn vị (thư mục don-vi/)")
    .option(
      "--from <năm-trước>",
      "tiếp nối năm trước: thư mục kết quả (có ket-qua.json), bảng tính hoặc thư mục của khối năm trước",
    )
    .option("--name <tên>", "tên khối/cụm thi đua (Tên khối)")
    .option("--kind <khoi|cum>", "khối hay cụm (mặc định: theo tên)")
    .option("--year <năm>", "năm tổng kết (Năm)")
    .option("--council <tên>", "Hội đồng Thi đua - Khen thưởng nhận tờ trình (Cấp trên)")
    .option("--authority <tên>", "cấp tặng Cờ thi đua, Bằng khen (Cấp khen)")
    .option("--place <địa danh>", "địa danh ở dòng ngày tháng (Địa danh)")
    .option("--date <dd/mm/yyyy>", "ngày họp hội nghị tổng kết (Ngày họp)")
    .option("--time <giờ>", "giờ họp, như 14:00 (Giờ họp)")
    .option("--venue <nơi họp>", "nơi họp (Địa điểm)")
    .option("--chair <mã|tên>", "đơn vị khối/cụm trưởng năm nay")
    .option("--deputy <mã|tên>", "đơn vị khối/cụm phó năm nay")
    .option("--signer <họ tên>", "họ tên người ký (Người ký)")
    .option("--signer-title <chức vụ>", "chức vụ người ký")
    .option("--secretary <họ tên>", "thư ký hội nghị")
    .option("--format <hanh-chinh|dang>", "thể thức văn bản")
    .option("--force", "ghi đè các tệp đã có")
    .option("--no-color", "không tô màu")
    .action(async (dir: string, options: InitCliOptions) => {
      const { runInit } = await loadInitCommand();
      exitCode = await runInit(term, dir, options);
    });

  const templates = program.command("templates").description("mẫu văn bản (Handlebars)");
  templates
    .command("export")
    .description("chép các mẫu văn bản ra một thư mục để sửa")
    .argument("<dir>", "thư mục đích")
    .option("--force", "ghi đè các tệp đã có")
    .action(async (dir: string, options: { force?: boolean }) => {
      const { runTemplatesExport } = await loadTemplatesExportCommand();
      exitCode = await runTemplatesExport(term, dir, options);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      const command = COMMANDS.includes(argv[0] ?? "") ? `thidua ${argv[0] ?? ""}` : "thidua";
      const message = vietnameseUsageError(error, command);
      // cli.md: with --json, stdout holds one JSON document, a usage error included.
      if (wantsJson)
        term.out(JSON.stringify({ errors: [{ code: "usageError", message }], warnings: [] }, null, 2));
      else term.err(term.color.red(`Lỗi: ${message}`));
      return 2;
    }
    if (error instanceof ThiduaError) {
      const { reportError } = await import("./report-error.js");
      return reportError(term, error, { json: wantsJson, verbose: argv.includes("--verbose") });
    }
    reportInternalError(error, wantsJson);
    return 2;
  }
}

/**
 * A bug, not a problem in the input: always the stack (a user pastes it into a report) and a
 * request to report it; with `--json`, stdout still holds one JSON document for the script.
 */
function reportInternalError(error: unknown, json: boolean): void {
  const message = error instanceof Error ? error.message : String(error);
  if (json) {
    const errors = [internalErrorJson(error)];
    process.stdout.write(`${JSON.stringify({ errors, warnings: [] }, null, 2)}\n`);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? message) : message}\n`);
  process.stderr.write(
    "Lỗi nội bộ của thidua: xin báo lại kèm lệnh đã chạy và tệp dữ liệu (nếu được phép).\n",
  );
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // Ctrl-C: leave no half-written file behind (cli.md "Nothing lost"); finished files are whole.
    removeInFlightTempFiles();
    // A batch resumes by running it again: blocs already written are kept as "đã có".
    const resume =
      process.argv[2] === "batch"
        ? " Chạy lại đúng lệnh này để làm tiếp: các khối đã xong được giữ nguyên (đã có)."
        : "";
    process.stderr.write(`\nĐã dừng.${resume}\n`);
    process.exit(130);
  });
}
// A reader that stops early (`thidua batch --json | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  removeInFlightTempFiles();
  process.exit(process.exitCode ?? 0);
});
// An error thrown outside the awaited chain (a library's stream callback) would otherwise end the
// process with Node's exit code 1, which means "the input has errors": report it as internal.
for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (error: unknown) => {
    removeInFlightTempFiles();
    reportInternalError(error, process.argv.includes("--json"));
    process.exit(2);
  });
}
/**
 * Ends the process once what it printed has reached the terminal or pipe. The work is done: every
 * file is written and every child process has ended. Letting Node wind down on its own instead
 * (waiting for the garbage collector's idle tasks, freeing the heap) added 20 to 30 ms to a summarize.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  // A write's callback runs once the writes before it are flushed (Windows pipes are asynchronous).
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}

// Not a top-level await: built, this module is the CommonJS dist/cli.js (scripts/build.mjs).
void main(process.argv.slice(2)).then(exitWhenFlushed);
