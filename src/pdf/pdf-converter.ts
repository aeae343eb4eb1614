import { readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ThiduaError } from "../errors.js";
import { convertWithSoffice, type SofficeRun } from "../read/run-soffice.js";

/** Converts Word documents to PDF with LibreOffice, as many documents per LibreOffice run as are waiting. */
export interface PdfConverter {
  /** Each document's PDF, in order; rejects (an output error) when LibreOffice made none for one of them. */
  convert(documents: readonly Uint8Array[]): Promise<Uint8Array[]>;
  /** Waits for the run in progress and removes the converter's folder; safe to call more than once. */
  close(): Promise<void>;
}

/** LibreOffice takes a few seconds to start, then a fraction of a second per short document. */
const TIMEOUT_MS = 60_000;
const TIMEOUT_PER_DOCUMENT_MS = 10_000;
/** Documents per run at most: a long run's time limit stays sane, and a batch keeps writing as it goes. */
const MAX_PER_RUN = 200;

interface Request {
  ids: number[];
  resolve: (pdfs: Uint8Array[]) => void;
  reject: (error: unknown) => void;
}

/** A PDF file as LibreOffice writes it: starts with `%PDF-`; anything else is no PDF. */
function readPdf(path: string): Uint8Array | null {
  try {
    const bytes = readFileSync(path);
    return bytes.subarray(0, 5).toString("latin1") === "%PDF-" ? bytes : null;
  } catch {
    return null;
  }
}

function failure(run: SofficeRun, timeoutMs: number): ThiduaError {
  const why =
    !run.ok && run.reason === "timeout"
      ? `LibreOffice không chuyển xong văn bản sang PDF trong ${Math.round(timeoutMs / 1000)} giây`
      : `LibreOffice không chuyển được văn bản sang PDF${!run.ok && run.detail !== "" ? ` (${run.detail})` : ""}`;
  return new ThiduaError("output", `${why}. Chưa ghi văn bản nào của khối này; chạy lại, hoặc bỏ --pdf.`);
}

/**
 * Opens a converter over one private temporary folder: the documents are copied in under numbered
 * names (several blocs' `bao-cao-tong-ket.docx` never collide) and converted there, never beside the
 * outputs, which the caller writes with the PDFs under its usual rules. One LibreOffice runs at a
 * time, with its own profile in that folder (a desktop LibreOffice or another thidua run does not
 * block it) and a time limit; the documents that arrive while it runs wait for the next run, so a
 * bloc's documents, or a whole batch's, go through a few runs rather than one per document.
 */
export async function openPdfConverter(soffice: string): Promise<PdfConverter> {
  const folder = await mkdtemp(join(tmpdir(), "thidua-pdf-"));
  // Ctrl-C ends the process through process.exit: the copies must not outlive it.
  const onExit = () => rmSync(folder, { recursive: true, force: true });
  process.on("exit", onExit);
  const inputs = join(folder, "in");
  const outputs = join(folder, "out");
  await mkdir(inputs);
  await mkdir(outputs);
  const profile = join(folder, "profile");
  const waiting: Request[] = [];
  let next = 0;
  let running: Promise<void> | null = null;
  let closed = false;

  const runOnce = async (): Promise<void> => {
    const taken: Request[] = [];
    let count = 0;
    for (let r = waiting[0]; r !== undefined; r = waiting[0]) {
      if (taken.length > 0 && count + r.ids.length > MAX_PER_RUN) break;
      taken.push(r);
      count += r.ids.length;
      waiting.shift();
    }
    const files = taken.flatMap((r) => r.ids.map((id) => join(inputs, `${id}.docx`)));
    const timeoutMs = TIMEOUT_MS + TIMEOUT_PER_DOCUMENT_MS * files.length;
    const run = await convertWithSoffice(
      soffice,
      { profileDir: profile, target: "pdf:writer_pdf_Export", outdir: outputs, files },
      timeoutMs,
    );
    for (const request of taken) {
      const pdfs = request.ids.map((id) => readPdf(join(outputs, `${id}.pdf`)));
      for (const id of request.ids) {
        for (const path of [join(inputs, `${id}.docx`), join(outputs, `${id}.pdf`)]) {
          try {
            unlinkSync(path);
          } catch {
            // Never made.
          }
        }
      }
      if (pdfs.every((p): p is Uint8Array => p !== null)) request.resolve(pdfs);
      else request.reject(failure(run, timeoutMs));
    }
  };
  const kick = (): void => {
    if (running !== null || waiting.length === 0) return;
    running = runOnce()
      .catch((error: unknown) => {
        for (const request of waiting.splice(0)) request.reject(error);
      })
      .finally(() => {
        running = null;
        kick();
      });
  };

  return {
    convert(documents) {
      if (closed) return Promise.reject(new Error("PdfConverter: convert after close"));
      if (documents.length === 0) return Promise.resolve([]);
      const ids = documents.map((data) => {
        const id = ++next;
        writeFileSync(join(inputs, `${id}.docx`), data);
        return id;
      });
      return new Promise<Uint8Array[]>((resolve, reject) => {
        waiting.push({ ids, resolve, reject });
        kick();
      });
    },
    async close() {
      closed = true;
      while (running !== null) await running;
      process.off("exit", onExit);
      await rm(folder, { recursive: true, force: true });
    },
  };
}
