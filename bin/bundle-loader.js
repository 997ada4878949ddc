// Loads dist/kaohe.cjs (the CLI as one CommonJS script) through V8's code cache when dist/kaohe.cjs.cache was
// made for this node (scripts/code-cache.mjs, run by `npm run build`): functions compiled in a sample run are
// read back instead of parsed and compiled again, and one file is read instead of an ES module graph.
// What only some runs need (ECharts, the xlsx reader's parsers, the yaml library, the result validator, the
// schema texts) is in chunks, dist/<name>.cjs, each with its own cache, loaded by the bundle through
// `__kaoheChunk(name)` the first time it reads one of their exports (scripts/bundle.mjs). A missing or rejected
// cache only costs the compile. No script has an import(): exceljs and iconv-lite are require()d, so nothing
// depends on a dynamic-import callback that cached code cannot keep.
// CommonJS (bin/package.json), like bin/kaohe.js.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

/** The main bundle's path, and its code cache's. */
const bundlePath = pathOf('kaohe');
const cachePath = `${bundlePath}.cache`;

/** Returns the path of dist/<name>.cjs. */
function pathOf(name) {
  return join(__dirname, '..', 'dist', `${name}.cjs`);
}

/** The scripts loaded so far in this process, by name ('kaohe' and the chunks'), for scripts/code-cache.mjs. */
const loaded = new Map();

/**
 * Returns dist/<name>.cjs's exports and its vm.Script (whose createCachedData() a build step writes), compiled
 * with `cachedData` when given; a chunk the script asks for is loaded with its own cache, once.
 */
function loadScript(name, cachedData) {
  const path = pathOf(name);
  // Read as Latin-1, which for ASCII is the same text and ~5x faster to decode than UTF-8: scripts/bundle.mjs
  // makes every script ASCII (and fails the build otherwise).
  const source = readFileSync(path, 'latin1');
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
function loadBundle(cachedData) {
  return loadScript('kaohe', cachedData);
}

/** Returns the bytes of dist/<name>.cjs's code cache (the main bundle's by default), or undefined when none. */
function readCache(name = 'kaohe') {
  try {
    return readFileSync(`${pathOf(name)}.cache`);
  } catch {
    return undefined;
  }
}

module.exports = { bundlePath, cachePath, pathOf, loaded, loadScript, loadBundle, readCache };
