import Handlebars from "handlebars";
import { templateError } from "../source-position.js";
import { findTooDeepBlock, MAX_BLOCK_NESTING } from "./template-blocks.js";
import { parseError } from "./handlebars-errors.js";
import { prepareTemplateAst, type PathIndex } from "./prepare-template-ast.js";
import type { Program } from "./template-ast.js";
import {
  boundary,
  COMPILE_OPTIONS,
  HELPER_NAMES,
  partialName,
  registerHelpers,
  templateSet,
  type Compiled,
  type CompiledTemplates,
  type TemplateFile,
} from "./template-environment.js";

/** A template parsed and checked: its AST ready to compile, and where its paths are. */
export interface PreparedTemplate {
  ast: Program;
  paths: PathIndex;
}

/**
 * Parses and checks one template of a render whose files are `documents` then `partials`
 * (`fileIndex` is its place in that list, for the source markers).
 */
export function prepareTemplate(
  file: TemplateFile,
  fileIndex: number,
  partials: readonly TemplateFile[],
): PreparedTemplate {
  const ast = parse(file);
  const paths = prepareTemplateAst(ast, {
    file: file.display,
    fileIndex,
    helpers: HELPER_NAMES,
    partials: new Set(partials.map(partialName)),
  });
  return { ast, paths };
}

/**
 * Compiles the documents' templates and the partials in an isolated Handlebars environment, in
 * strict mode with known helpers only. Syntax errors are thrown here; errors while running are
 * thrown by `render`, both as `ThiduaError('template', 'file:line:col: …')`. The shipped templates
 * are precompiled at build time (`precompiled-templates.ts`); this is for the user's `--templates`.
 */
export function compileTemplates(
  documents: readonly TemplateFile[],
  partials: readonly TemplateFile[],
): CompiledTemplates {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const compile = (file: TemplateFile, fileIndex: number): Compiled => {
    const { ast, paths } = prepareTemplate(file, fileIndex, partials);
    return boundary(hb.compile(ast, COMPILE_OPTIONS) as Compiled, file.display, paths);
  };
  const byName = new Map<string, Compiled>();
  documents.forEach((file, i) => byName.set(file.name, compile(file, i)));
  partials.forEach((file, i) => hb.registerPartial(partialName(file), compile(file, documents.length + i)));
  return templateSet(
    [...documents, ...partials].map((f) => f.display),
    byName,
  );
}

/** Parses a template; a syntax error names the file, line and column. */
function parse(file: TemplateFile): Program {
  const deep = findTooDeepBlock(file.source);
  if (deep !== null) {
    throw templateError(
      { file: file.display, line: deep.line, column: deep.column },
      `{{#${deep.name}}}: blocks nested more than ${MAX_BLOCK_NESTING} deep`,
    );
  }
  try {
    return Handlebars.parse(file.source) as unknown as Program; // the parser's output, typed in template-ast.ts
  } catch (error) {
    throw parseError(error, file.source, file.display, lexerPosition());
  }
}

/** Where Handlebars' lexer stopped, from the Jison parser state it exposes as `Parser.lexer.yylloc`. */
function lexerPosition(): { line: number; column: number } | null {
  const parser = (
    Handlebars as unknown as {
      Parser?: { lexer?: { yylloc?: { first_line?: unknown; first_column?: unknown } } };
    }
  ).Parser;
  const loc = parser?.lexer?.yylloc;
  return typeof loc?.first_line === "number" && typeof loc.first_column === "number"
    ? { line: loc.first_line, column: loc.first_column + 1 }
    : null;
}
