import { ThiduaError } from "../errors.js";

/** A place in a template file, 1-based, for messages such as `templates/x.hbs:42:7: …`. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** The template error of documents.md: `templates/bao-cao-tong-ket.hbs:42:7: unknown variable "tenKhoi"`. */
export function templateError(position: SourcePosition, message: string): ThiduaError {
  return new ThiduaError("template", `${position.file}:${position.line}:${position.column}: ${message}`);
}

/** True for an error that already names its file, line and column. */
export function isTemplateError(error: unknown): error is ThiduaError {
  return error instanceof ThiduaError && error.kind === "template";
}
