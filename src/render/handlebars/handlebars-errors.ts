import { templateError, isTemplateError, type SourcePosition } from "../source-position.js";
import type { ThiduaError } from "../../errors.js";
import { findUnclosedBlock } from "./template-blocks.js";
import type { PathIndex } from "./prepare-template-ast.js";

/** A Handlebars exception carries its line (1-based) and column (0-based) when it knows them. */
function handlebarsLocation(error: unknown): { line: number; column: number } | null {
  if (error === null || typeof error !== "object") return null;
  const { lineNumber, column } = error as { lineNumber?: unknown; column?: unknown };
  return typeof lineNumber === "number" && typeof column === "number" ? { line: lineNumber, column } : null;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** `"if doesn't match each - 3:5"` → `"if doesn't match each"`. */
const withoutSuffix = (message: string): string => message.replace(/ - \d+:\d+$/, "");

/**
 * A syntax error of Handlebars.parse as `file:line:col: message`. An unclosed block points to the
 * line that opened it; other errors to the token the parser stopped at (`lexer.yylloc`).
 */
export function parseError(
  error: unknown,
  source: string,
  file: string,
  lexerPosition: { line: number; column: number } | null,
): ThiduaError {
  const message = messageOf(error);
  const located = handlebarsLocation(error);
  if (located) {
    const text = withoutSuffix(message).replace(
      /^(\S+) doesn't match (\S+)$/,
      "{{/$2}} does not close {{#$1}}",
    );
    return templateError({ file, line: located.line, column: located.column + 1 }, text);
  }
  if (/got 'EOF'/.test(message)) {
    const open = findUnclosedBlock(source);
    if (open) {
      return templateError(
        { file, line: open.line, column: open.column },
        `unclosed block {{#${open.name}}}: no matching {{/${open.name}}}`,
      );
    }
  }
  const expecting = /Expecting (.*), got '([^']*)'/.exec(message);
  const text = expecting
    ? `syntax error: unexpected ${expecting[2] ?? "token"} (expecting ${expecting[1] ?? "?"})`
    : `syntax error: ${message.split("\n")[0] ?? message}`;
  const position: SourcePosition = lexerPosition ? { file, ...lexerPosition } : { file, line: 1, column: 1 };
  return templateError(position, text);
}

/**
 * An error thrown while a template runs, as `file:line:col: message`: strict-mode lookups become
 * `unknown variable "bloc.nam"` (the full path from the index), or say which value was empty.
 */
export function runtimeError(error: unknown, file: string, paths: PathIndex): ThiduaError {
  if (isTemplateError(error)) return error;
  const message = messageOf(error);
  const located = handlebarsLocation(error);
  const position: SourcePosition = located
    ? { file, line: located.line, column: located.column + 1 }
    : { file, line: 1, column: 1 };
  const strict = /^"([^"]*)" not defined in ([\s\S]*?)(?: - \d+:\d+)?$/.exec(message);
  if (strict) {
    const path = paths.get(`${position.line}:${position.column}`) ?? strict[1] ?? "";
    const parent = strict[2] ?? "";
    if (parent === "null" || parent === "undefined") {
      const owner = path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : "its parent";
      return templateError(
        position,
        `"${path}": "${owner}" is empty here; test it first with {{#if ${owner}}}`,
      );
    }
    return templateError(position, `unknown variable "${path}"`);
  }
  // `{{name.length}}` on a text: the strict lookup's `in` fails before Handlebars can say where.
  // The path is found by its last part when only one path of the template ends with it.
  const primitive = /^Cannot use 'in' operator to search for '([^']*)' in ([\s\S]*)$/.exec(message);
  if (primitive && !located) {
    const part = primitive[1] ?? "";
    const candidates = [...paths].filter(
      ([, original]) => original === part || original.endsWith(`.${part}`),
    );
    const only = candidates.length === 1 ? candidates[0] : undefined;
    const [line, column] = only ? only[0].split(":").map(Number) : [1, 1];
    const where = { file, line: line ?? 1, column: column ?? 1 };
    const path = only?.[1] ?? part;
    return templateError(
      where,
      `"${path}": "${path.slice(0, path.lastIndexOf(".")) || part}" is a text or a number, it has no "${part}"`,
    );
  }
  if (/partial .* could not be found/.test(message)) return templateError(position, message);
  return templateError(position, withoutSuffix(message));
}
