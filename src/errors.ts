import type { Diagnostic } from "./model/diagnostic.js";

/**
 * The error taxonomy (style.md §3). Each kind maps to an exit code in the CLI's one error boundary;
 * anything else thrown is an internal error, printed with its stack and a request to report it.
 */
export type ErrorKind = "input" | "usage" | "rules" | "template" | "output";

/** An expected failure with a user-facing Vietnamese message. */
export class ThiduaError extends Error {
  readonly kind: ErrorKind;
  /** Diagnostics that explain the failure, when it comes from the input (listed all at once). */
  readonly diagnostics: readonly Diagnostic[];

  constructor(kind: ErrorKind, message: string, diagnostics: readonly Diagnostic[] = []) {
    super(message);
    this.name = "ThiduaError";
    this.kind = kind;
    this.diagnostics = diagnostics;
  }
}

/** Exit codes of cli.md: 1 input errors; 2 usage, rules or template errors (and output problems). */
export function exitCodeFor(kind: ErrorKind): 1 | 2 {
  return kind === "input" ? 1 : 2;
}
