import type { DiagnosticCode } from "../../model/diagnostic-code.js";
import type { DiagnosticArgs } from "../../model/diagnostic.js";
import { groupDigits } from "../../diagnostics/group-digits.js";

/** Why a zip is not fit to read: a diagnostic's code and arguments, and the sheet when one sheet is the cause. */
export interface ZipRefusal {
  ok: false;
  code: DiagnosticCode;
  args: DiagnosticArgs;
  sheet?: string;
}

export function refuse(code: DiagnosticCode, args: DiagnosticArgs = {}, sheet?: string): ZipRefusal {
  return sheet === undefined ? { ok: false, code, args } : { ok: false, code, args, sheet };
}

/** `17.179.869.184`: counts as the secretary reads them. */
export const count = (n: number): string => groupDigits(n);
export const megabytes = (n: number): string => `${count(Math.ceil(n / (1024 * 1024)))} MB`;

/** A zip that cannot be read: damaged, or not downloaded to the end. */
export const DAMAGED = "tệp bị hỏng hoặc chưa tải về hết";
