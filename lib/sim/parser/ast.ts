// AST node types for the supported subset. Mirrors Parser/Python.asdl (field names follow CPython's
// `ast` module so learners can compare with ast.dump). Every node carries its source span.

import type { SourceLocation } from '../errors';

export type ExprContext = 'Load' | 'Store' | 'Del';

export type ConstantValue =
  | { kind: 'none' }
  | { kind: 'ellipsis' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'tuple'; items: ConstantValue[] }
  | { kind: 'frozenset'; items: ConstantValue[] };

export type BinOpName = 'Add' | 'Sub' | 'Mult' | 'Div' | 'FloorDiv' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'MatMult';
export type UnaryOpName = 'UAdd' | 'USub' | 'Not' | 'Invert';
export type CmpOpName = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

interface Node {
  loc: SourceLocation;
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  loc: SourceLocation;
}

export interface Keyword extends Node {
  /** null for `**mapping`. */
  arg: string | null;
  value: Expr;
}

export interface Arg extends Node {
  arg: string;
}

export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One per kwonlyarg; null when it has no default. */
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults for the last len(defaults) of posonlyargs + args. */
  defaults: Expr[];
}

export type Expr =
  | (Node & { type: 'BoolOp'; op: 'And' | 'Or'; values: Expr[] })
  | (Node & { type: 'NamedExpr'; target: Expr; value: Expr })
  | (Node & { type: 'BinOp'; left: Expr; op: BinOpName; right: Expr })
  | (Node & { type: 'UnaryOp'; op: UnaryOpName; operand: Expr })
  | (Node & { type: 'Lambda'; args: Arguments; body: Expr })
  | (Node & { type: 'IfExp'; test: Expr; body: Expr; orelse: Expr })
  | (Node & { type: 'Dict'; keys: (Expr | null)[]; values: Expr[] })
  | (Node & { type: 'Set'; elts: Expr[] })
  | (Node & { type: 'ListComp'; elt: Expr; generators: Comprehension[] })
  | (Node & { type: 'SetComp'; elt: Expr; generators: Comprehension[] })
  | (Node & { type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] })
  | (Node & { type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] })
  | (Node & { type: 'Compare'; left: Expr; ops: CmpOpName[]; comparators: Expr[] })
  | (Node & { type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] })
  | (Node & { type: 'FormattedValue'; value: Expr; conversion: '' | 's' | 'r' | 'a'; formatSpec: Expr | null })
  | (Node & { type: 'JoinedStr'; values: Expr[] })
  | (Node & {
      type: 'Constant';
      value: ConstantValue;
      /**
       * True when the parser (or the AST optimiser) created this object, so the AST arena holds a
       * reference to it; false for constants made later by the code generator.
       */
      inAst: boolean;
    })
  | (Node & { type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext })
  | (Node & { type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext })
  | (Node & { type: 'Starred'; value: Expr; ctx: ExprContext })
  | (Node & { type: 'Name'; id: string; ctx: ExprContext })
  | (Node & { type: 'List'; elts: Expr[]; ctx: ExprContext })
  | (Node & { type: 'Tuple'; elts: Expr[]; ctx: ExprContext; parenthesized: boolean })
  | (Node & { type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null });

export interface ExceptHandler extends Node {
  excType: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Alias extends Node {
  name: string;
  asname: string | null;
}

export interface WithItem {
  contextExpr: Expr;
  optionalVars: Expr | null;
}

export type Stmt =
  | (Node & { type: 'FunctionDef'; name: string; args: Arguments; body: Stmt[]; decoratorList: Expr[] })
  | (Node & { type: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decoratorList: Expr[] })
  | (Node & { type: 'Return'; value: Expr | null })
  | (Node & { type: 'Delete'; targets: Expr[] })
  | (Node & { type: 'Assign'; targets: Expr[]; value: Expr })
  | (Node & { type: 'AugAssign'; target: Expr; op: BinOpName; value: Expr })
  | (Node & { type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] })
  | (Node & { type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] })
  | (Node & { type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] })
  | (Node & { type: 'With'; items: WithItem[]; body: Stmt[] })
  | (Node & { type: 'Raise'; exc: Expr | null; cause: Expr | null })
  | (Node & { type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] })
  | (Node & { type: 'Assert'; test: Expr; msg: Expr | null })
  | (Node & { type: 'Import'; names: Alias[] })
  | (Node & { type: 'ImportFrom'; module: string; names: Alias[]; level: number })
  | (Node & { type: 'Global'; names: string[] })
  | (Node & { type: 'Nonlocal'; names: string[] })
  | (Node & { type: 'Expr'; value: Expr })
  | (Node & { type: 'Pass' })
  | (Node & { type: 'Break' })
  | (Node & { type: 'Continue' });

export interface Module {
  type: 'Module';
  body: Stmt[];
}

export type ExprOf<T extends Expr['type']> = Extract<Expr, { type: T }>;
export type StmtOf<T extends Stmt['type']> = Extract<Stmt, { type: T }>;
