// Loads Pyodide in a browser worker from this site's own origin (/pyodide/, copied there from
// node_modules by scripts/copy-pyodide.mjs at build time). Never a CDN: the site must work offline
// and a learner's code must not leave the machine.
import type { PyodideLike } from './run';

export const PYODIDE_PATH = '/pyodide/';

interface PyodideModule {
  loadPyodide(options: { indexURL: string; fullStdLib?: boolean }): Promise<PyodideLike>;
}

/** A fresh interpreter. `origin` is the page's origin, e.g. self.location.origin in a worker. */
export async function loadFreshPyodide(origin: string): Promise<PyodideLike> {
  const base = `${origin}${PYODIDE_PATH}`;
  // A runtime URL import: the bundler must leave it alone (the file is served, not bundled).
  const mod = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${base}pyodide.mjs`)) as PyodideModule;
  return mod.loadPyodide({ indexURL: base });
}
