import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";

/** How a LibreOffice run ended: its exit, or killed at the time limit. */
export type SofficeRun = { ok: true } | { ok: false; reason: "timeout" | "failed"; detail: string };

/**
 * Runs `soffice` with `args` and waits for it, killing it (and the office process it starts) past
 * `timeoutMs`. On POSIX it runs in its own process group so that the kill reaches `soffice.bin`,
 * which the `soffice` launcher starts as a child.
 */
export function runSoffice(soffice: string, args: readonly string[], timeoutMs: number): Promise<SofficeRun> {
  return new Promise((resolve) => {
    const group = process.platform !== "win32";
    const child = spawn(soffice, args, { stdio: ["ignore", "ignore", "pipe"], detached: group });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text: string) => {
      if (stderr.length < 4096) stderr += text;
    });
    let timedOut = false;
    const kill = () => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    // In its own process group it does not get the terminal's Ctrl-C: stop it when thidua stops.
    process.on("exit", kill);
    const done = () => {
      clearTimeout(timer);
      process.off("exit", kill);
    };
    child.on("error", (error) => {
      done();
      resolve({ ok: false, reason: "failed", detail: error.message });
    });
    child.on("close", (code) => {
      done();
      if (timedOut) resolve({ ok: false, reason: "timeout", detail: stderr.trim() });
      else if (code !== 0)
        resolve({ ok: false, reason: "failed", detail: stderr.trim() || `mã thoát ${code}` });
      else resolve({ ok: true });
    });
  });
}

/**
 * Converts `files` to `target` (`xlsx`, `pdf:writer_pdf_Export`) into `outdir` in one LibreOffice
 * run, with a private profile at `profileDir` so that it neither meets the user's open office nor
 * another conversion running at the same time.
 */
export function convertWithSoffice(
  soffice: string,
  job: { profileDir: string; target: string; outdir: string; files: readonly string[] },
  timeoutMs: number,
): Promise<SofficeRun> {
  const args = [
    `-env:UserInstallation=${pathToFileURL(job.profileDir).href}`,
    "--headless",
    "--norestore",
    "--convert-to",
    job.target,
    "--outdir",
    job.outdir,
    ...job.files,
  ];
  return runSoffice(soffice, args, timeoutMs);
}
