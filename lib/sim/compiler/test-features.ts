// Compiler features of each measured CPython build, for the compiler's own tests (the real
// profiles live in lib/sim/versions; these mirror what the fixtures were recorded with).
import type { CompilerFeatures } from './features';

export const FEATURES: Record<string, CompilerFeatures> = {
  '3.10': { borrowedLocalLoads: false, smallIntOpcode: false, inlineComprehensions: false, foldTuplesInAst: true, keepFoldedTupleItems: true },
  '3.12': { borrowedLocalLoads: false, smallIntOpcode: false, inlineComprehensions: true, foldTuplesInAst: true },
  '3.13': { borrowedLocalLoads: false, smallIntOpcode: false, inlineComprehensions: true, foldTuplesInAst: true, classFirstLineAndStaticAttributes: true },
  '3.14': {
    borrowedLocalLoads: true, smallIntOpcode: true, inlineComprehensions: true, foldTuplesInAst: false,
    constKeyMap: false, noneFirstConst: false, classFirstLineAndStaticAttributes: true,
  },
};
