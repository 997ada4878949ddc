// Loads dist/kaohe.cjs (the CLI as one CommonJS script) through V8's code cache when dist/kaohe.cjs.cache was
// made for this node (scripts/code-cache.mjs, run by `npm run build`): functions compiled in a sample run are
// read back instead of parsed and compiled again, and one file is read instead of an ES module graph.
// What only some commands need (ECharts, the xlsx reader's parsers, the result validator, the schema texts) is
// in chunks, dist/<name>.cjs, each with its own cache, loaded by the bundle through `__kaoheChunk(name)` the
// first time it reads one of their exports (scripts/bundle.mjs). A missing or rejected cache only costs the
// compile. No script has an import(): exceljs and iconv-lite are require()d, so nothing depends on a
// dynamic-import callback that cached code cannot keep.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** The main bundle's path, and its code cache's. */
export const bundlePath = pathOf('kaohe');
export const cachePath = `${bundlePath}.cache`;

/** Returns the path of dist/<name>.cjs. */
export function pathOf(name) {
  return fileURLToPath(new URL(`../dist/${name}.cjs`, import.meta.url));
}

/** The scripts loaded so far in this process, by name ('kaohe' and the chunks'), for scripts/code-cache.mjs. */
export const loaded = new Map();

/**
 * Returns dist/<name>.cjs's exports and its vm.Script (whose createCachedData() a build step writes), compiled
 * with `cachedData` when given; a chunk the script asks for is loaded with its own cache, once.
 */
export function loadScript(name, cachedData) {
  const path = pathOf(name);
  const source = readFileSync(path, 'utf8');
  const wrapped = `(function (exports, require, module, __filename, __dirname, __kaoheChunk) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: path, ...(cachedData === undefined ? {} : { cachedData }) });
  const module = { exports: {} };
  loaded.set(name, { script, exports: module.exports });
  script.runInThisContext()(module.exports, createRequire(path), module, path, dirname(path), chunk);
  loaded.get(name).exports = module.exports;
  return { exports: module.exports, script };
}

function chunk(name) {
  return (loaded.get(name) ?? loadScript(name, readCache(name))).exports;
}

/** Returns the main bundle's exports ({ main, nodeIo }) and its vm.Script; see loadScript. */
export function loadBundle(cachedData) {
  return loadScript('kaohe', cachedData);
}

/** Returns the code cache's bytes of dist/<name>.cjs (the main bundle's by default), or undefined when there is none. */
export function readCache(name = 'kaohe') {
  try {
    return readFileSync(`${pathOf(name)}.cache`);
  } catch {
    return undefined;
  }
}
