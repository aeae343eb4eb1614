/*
 * The parts of the Handlebars AST (handlebars/compiler/ast.js) the renderer reads and changes. The
 * bundled typings describe `ContentStatement.original` wrongly (it is the text before white-space
 * control), so these are written out here; `Handlebars.parse` output is cast to them in one place.
 */

export interface AstPosition {
  /** 1-based. */
  line: number;
  /** 0-based. */
  column: number;
}

export interface AstLocation {
  source?: string;
  start: AstPosition;
  end: AstPosition;
}

export interface PathExpression {
  type: "PathExpression";
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
  /** Read by the compiler: a strict path throws when its last part is missing. */
  strict?: boolean;
  loc: AstLocation;
}

export interface StringLiteral {
  type: "StringLiteral";
  value: string;
  original: string;
  loc: AstLocation;
}

export interface HashPair {
  type: "HashPair";
  key: string;
  value: Expression;
  loc: AstLocation;
}

export interface Hash {
  type: "Hash";
  pairs: HashPair[];
  loc: AstLocation;
}

export interface SubExpression {
  type: "SubExpression";
  path: PathExpression;
  params: Expression[];
  hash?: Hash;
  loc: AstLocation;
}

export type Expression =
  | PathExpression
  | SubExpression
  | StringLiteral
  | { type: "NumberLiteral" | "BooleanLiteral" | "UndefinedLiteral" | "NullLiteral"; loc: AstLocation };

export interface MustacheStatement {
  type: "MustacheStatement" | "Decorator";
  path: Expression;
  params: Expression[];
  hash?: Hash;
  escaped: boolean;
  loc: AstLocation;
}

export interface BlockStatement {
  type: "BlockStatement" | "DecoratorBlock";
  path: Expression;
  params: Expression[];
  hash?: Hash;
  program: Program;
  inverse?: Program;
  loc: AstLocation;
}

export interface PartialStatement {
  type: "PartialStatement" | "PartialBlockStatement";
  name: Expression;
  params: Expression[];
  hash?: Hash;
  loc: AstLocation;
}

export interface ContentStatement {
  type: "ContentStatement";
  value: string;
  original: string;
  loc: AstLocation;
}

export interface CommentStatement {
  type: "CommentStatement";
  loc: AstLocation;
}

export type Statement =
  MustacheStatement | BlockStatement | PartialStatement | ContentStatement | CommentStatement;

export interface Program {
  type: "Program";
  body: Statement[];
  loc?: AstLocation;
}
