// Known divergences from recorded CPython output: "file|versionKey" -> reason. The goal is an
// empty list. corpus.test.ts fails when a listed program starts to match (remove it then).
export const KNOWN_DIVERGENCES: Record<string, string> = {};
