import type Handlebars from "handlebars";
import { isTemplateError, templateError, type SourcePosition } from "../source-position.js";
import { runtimeError } from "./handlebars-errors.js";
import { LOCATION_KEY, type PathIndex } from "./prepare-template-ast.js";
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

/** A compiled or precompiled template as Handlebars runs it. */
export type Compiled = (context: unknown, options?: unknown) => string;

/** The Handlebars environment API the templates run in: the full library or its runtime alone. */
export type HandlebarsEnvironment = typeof Handlebars;

/**
 * How every template is compiled, at build time (precompiled shipped templates) or at run time
 * (the user's `--templates`): strict, known helpers only.
 */
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(Object.keys(TEMPLATE_HELPERS).map((n) => [n, true])),
  // A partial's output is not re-indented: indentation would reach into values with line breaks.
  preventIndent: true,
} as const;

/** The names `prepareTemplateAst` accepts as helpers: thidua's and Handlebars' own. */
export const HELPER_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(TEMPLATE_HELPERS),
  ...BUILTIN_HELPERS,
]);

/** The partial name of `partials/header-block.hbs`: `header-block`. */
export const partialName = (file: Pick<TemplateFile, "name">): string =>
  file.name.replace(/^partials\//, "").replace(/\.hbs$/, "");

/** Registers thidua's helpers, and wraps Handlebars' own, so every helper error carries its position. */
export function registerHelpers(hb: HandlebarsEnvironment): void {
  for (const [name, helper] of Object.entries(TEMPLATE_HELPERS))
    hb.registerHelper(name, locatedHelper(name, helper));
  for (const name of BUILTIN_HELPERS) {
    const builtin = hb.helpers[name] as Helper | undefined;
    if (builtin) hb.registerHelper(name, locatedHelper(name, builtin));
  }
}

/** Runs a template or partial, giving any error that escapes it this file's name. */
export function boundary(compiled: Compiled, file: string, paths: PathIndex): Compiled {
  return (context, options) => {
    try {
      return compiled(context, options);
    } catch (error) {
      throw runtimeError(error, file, paths);
    }
  };
}

/** The templates of one render, by name, with `files` for the source markers. */
export function templateSet(
  files: readonly string[],
  byName: ReadonlyMap<string, Compiled>,
): CompiledTemplates {
  return {
    files,
    render(name, view) {
      const template = byName.get(name);
      if (!template) throw new Error(`template ${name} was not loaded`);
      return template(view);
    },
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
