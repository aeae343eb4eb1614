import Handlebars from "handlebars";
import { isTemplateError, templateError, type SourcePosition } from "../source-position.js";
import { parseError, runtimeError } from "./handlebars-errors.js";
import { LOCATION_KEY, prepareTemplateAst, type PathIndex } from "./prepare-template-ast.js";
import type { Program } from "./template-ast.js";
import { BUILTIN_HELPERS, TEMPLATE_HELPERS, type Helper, type HelperOptions } from "./template-helpers.js";

/** A template file: its name inside the templates folder, the path shown in messages, its text. */
export interface TemplateFile {
  /** `bao-cao-tong-ket.hbs` or `partials/header-block.hbs`. */
  name: string;
  /** `templates/bao-cao-tong-ket.hbs`, or the user's `--templates` path. */
  display: string;
  source: string;
}

/** Templates ready to run: `render` gives the document markup of one template. */
export interface CompiledTemplates {
  /** Display paths by index, for the source markers in the markup. */
  files: readonly string[];
  render(name: string, view: object): string;
}

type Compiled = (context: unknown, options?: unknown) => string;

/** The partial name of `partials/header-block.hbs`: `header-block`. */
export const partialName = (file: TemplateFile): string =>
  file.name.replace(/^partials\//, "").replace(/\.hbs$/, "");

/**
 * Compiles the documents' templates and the partials in an isolated Handlebars environment, in
 * strict mode with known helpers only. Syntax errors are thrown here; errors while running are
 * thrown by `render`, both as `ThiduaError('template', 'file:line:col: …')`.
 */
export function compileTemplates(
  documents: readonly TemplateFile[],
  partials: readonly TemplateFile[],
): CompiledTemplates {
  const hb = Handlebars.create();
  const helperNames = new Set<string>([...Object.keys(TEMPLATE_HELPERS), ...BUILTIN_HELPERS]);
  for (const [name, helper] of Object.entries(TEMPLATE_HELPERS))
    hb.registerHelper(name, locatedHelper(name, helper));
  for (const name of BUILTIN_HELPERS) {
    const builtin = hb.helpers[name] as Helper | undefined;
    if (builtin) hb.registerHelper(name, locatedHelper(name, builtin));
  }
  const partialNames = new Set(partials.map(partialName));
  const files = [...documents, ...partials].map((f) => f.display);
  const compile = (file: TemplateFile, fileIndex: number): Compiled => {
    const ast = parse(hb, file);
    const paths = prepareTemplateAst(ast, {
      file: file.display,
      fileIndex,
      helpers: helperNames,
      partials: partialNames,
    });
    const compiled = hb.compile(ast, {
      strict: true,
      knownHelpersOnly: true,
      knownHelpers: Object.fromEntries(Object.keys(TEMPLATE_HELPERS).map((n) => [n, true])),
      // A partial's output is not re-indented: indentation would reach into values with line breaks.
      preventIndent: true,
    }) as Compiled;
    return boundary(compiled, file.display, paths);
  };
  const byName = new Map<string, Compiled>();
  documents.forEach((file, i) => byName.set(file.name, compile(file, i)));
  partials.forEach((file, i) => hb.registerPartial(partialName(file), compile(file, documents.length + i)));
  return {
    files,
    render(name, view) {
      const template = byName.get(name);
      if (!template) throw new Error(`template ${name} was not loaded`);
      return template(view);
    },
  };
}

/** Parses a template; a syntax error names the file, line and column. */
function parse(hb: typeof Handlebars, file: TemplateFile): Program {
  try {
    return hb.parse(file.source) as unknown as Program; // the parser's output, typed in template-ast.ts
  } catch (error) {
    throw parseError(error, file.source, file.display, lexerPosition(hb));
  }
}

/** Where Handlebars' lexer stopped, from the Jison parser state it exposes as `Parser.lexer.yylloc`. */
function lexerPosition(hb: typeof Handlebars): { line: number; column: number } | null {
  const parser = (
    hb as unknown as { Parser?: { lexer?: { yylloc?: { first_line?: unknown; first_column?: unknown } } } }
  ).Parser;
  const loc = parser?.lexer?.yylloc;
  return typeof loc?.first_line === "number" && typeof loc.first_column === "number"
    ? { line: loc.first_line, column: loc.first_column + 1 }
    : null;
}

/** Runs a template or partial, giving any error that escapes it this file's name. */
function boundary(compiled: Compiled, file: string, paths: PathIndex): Compiled {
  return (context, options) => {
    try {
      return compiled(context, options);
    } catch (error) {
      throw runtimeError(error, file, paths);
    }
  };
}

/**
 * Wraps a helper so an error it throws is reported at the call's position (the hidden hash argument
 * added by prepareTemplateAst). Errors from inside a block body already carry their own position.
 */
function locatedHelper(name: string, helper: Helper): Helper {
  return function (this: unknown, ...args: unknown[]): unknown {
    const options = args[args.length - 1] as HelperOptions | undefined;
    const encoded = options?.hash[LOCATION_KEY];
    if (options) delete options.hash[LOCATION_KEY];
    try {
      return helper.apply(this, args);
    } catch (error) {
      if (isTemplateError(error) || hasHandlebarsLocation(error) || typeof encoded !== "string") throw error;
      const position = JSON.parse(encoded) as SourcePosition; // written by prepareTemplateAst
      const message = error instanceof Error ? error.message : String(error);
      throw templateError(position, message.startsWith("{{") ? message : `{{${name}}}: ${message}`);
    }
  };
}

function hasHandlebarsLocation(error: unknown): boolean {
  return (
    error !== null &&
    typeof error === "object" &&
    typeof (error as { lineNumber?: unknown }).lineNumber === "number"
  );
}
