import { encodeMarker } from "../markup/source-markers.js";
import { templateError, type SourcePosition } from "../source-position.js";
import type {
  AstLocation,
  BlockStatement,
  ContentStatement,
  Expression,
  MustacheStatement,
  PathExpression,
  Program,
  Statement,
  SubExpression,
} from "./template-ast.js";

/** The hash key that carries a helper call's template position to the helper wrapper. */
export const LOCATION_KEY = "__thiduaLocation";

/** What a template is prepared against. */
export interface PrepareContext {
  /** The file's display path (`templates/bao-cao-tong-ket.hbs`) and its index in the render's file list. */
  file: string;
  fileIndex: number;
  helpers: ReadonlySet<string>;
  partials: ReadonlySet<string>;
}

/** Where each path expression is (`line:column`, 1-based) and how it was written, for messages. */
export type PathIndex = Map<string, string>;

const at = (file: string, loc: AstLocation): SourcePosition => ({
  file,
  line: loc.start.line,
  column: loc.start.column + 1,
});

/**
 * Checks and rewrites a parsed template before it is compiled:
 * - `{{{…}}}` and `{{& …}}` are refused: every value must be escaped, or a unit name could inject
 *   markup into the document;
 * - a block or a call with arguments must name a known helper, and a partial a known partial;
 * - helper arguments become strict paths, so `{{#if hasVote}}` (a typo) is an unknown variable
 *   instead of silently false (Handlebars' strict mode checks only plain `{{x}}`);
 * - each helper call gets its position as a hidden hash argument, for its error messages;
 * - each `<` of the literal text gets a source marker, for markup error messages.
 */
export function prepareTemplateAst(program: Program, context: PrepareContext): PathIndex {
  const paths: PathIndex = new Map();
  walkProgram(program, context, paths);
  return paths;
}

function walkProgram(program: Program, context: PrepareContext, paths: PathIndex): void {
  for (const statement of program.body) walkStatement(statement, context, paths);
}

function walkStatement(statement: Statement, context: PrepareContext, paths: PathIndex): void {
  switch (statement.type) {
    case "ContentStatement":
      addMarkers(statement, context);
      return;
    case "CommentStatement":
      return;
    case "MustacheStatement":
      if (!statement.escaped) {
        throw templateError(
          at(context.file, statement.loc),
          "{{{…}}} and {{& …}} are not allowed: write {{…}} so the value is escaped",
        );
      }
      call(statement, context, paths, false);
      return;
    case "BlockStatement":
      call(statement, context, paths, true);
      walkProgram(statement.program, context, paths);
      if (statement.inverse) walkProgram(statement.inverse, context, paths);
      return;
    case "PartialStatement": {
      const name = statement.name.type === "PathExpression" ? statement.name.original : null;
      if (name === null || !context.partials.has(name)) {
        const known = [...context.partials].map((p) => `{{> ${p}}}`).join(", ");
        throw templateError(
          at(context.file, statement.loc),
          `unknown partial "${name ?? "(dynamic)"}" (known: ${known})`,
        );
      }
      for (const param of statement.params) argument(param, context, paths);
      for (const pair of statement.hash?.pairs ?? []) argument(pair.value, context, paths);
      return;
    }
    default:
      throw templateError(
        at(context.file, statement.loc),
        `${describeStatement(statement.type)} is not supported in thidua templates`,
      );
  }
}

function describeStatement(type: string): string {
  return type === "PartialBlockStatement" ? "a partial block {{#> …}}" : "a decorator {{* …}}";
}

/** A mustache, block or sub-expression: check the helper and mark its arguments. */
function call(
  node: MustacheStatement | BlockStatement | SubExpression,
  context: PrepareContext,
  paths: PathIndex,
  isBlock: boolean,
): void {
  const path = node.path;
  if (path.type !== "PathExpression") return; // a literal such as {{"text"}}
  const name = path.parts.length === 1 && !path.data && path.depth === 0 ? (path.parts[0] ?? null) : null;
  const hasArguments = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
  const isHelper = name !== null && context.helpers.has(name);
  if ((isBlock || hasArguments || node.type === "SubExpression") && !isHelper) {
    const shown = isBlock ? `{{#${path.original}}}` : path.original;
    throw templateError(
      at(context.file, path.loc),
      `unknown helper "${shown}"${isBlock ? " (blocks use a helper: {{#each list}}, {{#if value}}, {{#with object}})" : ""}`,
    );
  }
  if (!isHelper) {
    record(path, context, paths);
    return;
  }
  for (const param of node.params) argument(param, context, paths);
  for (const pair of node.hash?.pairs ?? []) argument(pair.value, context, paths);
  const position = JSON.stringify(at(context.file, node.loc));
  const pairs = node.hash?.pairs ?? [];
  pairs.push({
    type: "HashPair",
    key: LOCATION_KEY,
    value: { type: "StringLiteral", value: position, original: position, loc: node.loc },
    loc: node.loc,
  });
  node.hash = { type: "Hash", pairs, loc: node.hash?.loc ?? node.loc };
}

function argument(expression: Expression, context: PrepareContext, paths: PathIndex): void {
  if (expression.type === "PathExpression") {
    // Only paths with a name: `this` and `.` have no part to check.
    if (expression.parts.length > 0) expression.strict = true;
    record(expression, context, paths);
  } else if (expression.type === "SubExpression") {
    call(expression, context, paths, false);
  }
}

function record(path: PathExpression, context: PrepareContext, paths: PathIndex): void {
  paths.set(`${path.loc.start.line}:${path.loc.start.column + 1}`, path.original);
}

/**
 * Inserts a source marker before each `<` of the text. White-space control (`{{~`, standalone
 * lines) has already trimmed `value`; `original` is the text as written, from `loc.start`.
 */
function addMarkers(statement: ContentStatement, context: PrepareContext): void {
  const { value, original } = statement;
  if (!value.includes("<")) return;
  const offset = Math.max(0, original.indexOf(value));
  let line = statement.loc.start.line;
  let column = statement.loc.start.column;
  for (let k = 0; k < offset; k++) {
    if (original[k] === "\n") {
      line++;
      column = 0;
    } else column++;
  }
  let out = "";
  for (const ch of value) {
    if (ch === "<") out += encodeMarker(context.fileIndex, line, column + 1);
    out += ch;
    if (ch === "\n") {
      line++;
      column = 0;
    } else column += ch.length;
  }
  statement.value = out;
}
