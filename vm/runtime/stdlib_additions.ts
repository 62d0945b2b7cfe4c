// Files of pyodide's python_stdlib.zip that are not CPython's standard library: pyodide's own packages,
// its site-packages, the build data of its WebAssembly platform and a stub _ssl that imports but cannot
// do SSL. pyrewind runs CPython's library from that zip; the importers (vm/runtime/import.ts and
// importlib's finder in vm/modules/importlib_bridge.ts) must not find these, so that `import _ssl`
// says that pyrewind lacks the C module instead of handing out a stand-in.

const PYODIDE_ADDITIONS: ReadonlySet<string> = new Set([
  '_pyodide',
  'pyodide',
  '_ssl',
  'site-packages',
  '_sysconfigdata__emscripten_wasm32-emscripten',
]);

/** Is `last` (a top-level name) in `base` one of pyodide's additions to the standard library? */
export function isPyodideAddition(stdlibPath: string | null, base: string, last: string): boolean {
  return stdlibPath !== null && base === stdlibPath && PYODIDE_ADDITIONS.has(last);
}
