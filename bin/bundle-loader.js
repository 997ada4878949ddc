// Loads dist/kaohe.cjs (the CLI as one CommonJS script) through V8's code cache when dist/kaohe.cjs.cache was
// made for this node (scripts/code-cache.mjs, run by `npm run build`): functions compiled in a sample run are
// read back instead of parsed and compiled again, and one file is read instead of an ES module graph.
// A missing or rejected cache only costs the compile. The bundle has no import(): exceljs and iconv-lite are
// require()d, so nothing depends on a dynamic-import callback that cached code cannot keep.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** The bundle's path, and its code cache's. */
export const bundlePath = fileURLToPath(new URL('../dist/kaohe.cjs', import.meta.url));
export const cachePath = `${bundlePath}.cache`;

/**
 * Returns the bundle's exports ({ main, nodeIo }) and its vm.Script (whose createCachedData() a build step writes),
 * compiled with `cachedData` when given.
 */
export function loadBundle(cachedData) {
  const source = readFileSync(bundlePath, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundlePath,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return { exports: module.exports, script };
}

/** Returns the code cache's bytes, or undefined when there is none. */
export function readCache() {
  try {
    return readFileSync(cachePath);
  } catch {
    return undefined;
  }
}
