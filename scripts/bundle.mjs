// Bundles the CLI with esbuild into CommonJS scripts that bin/kaohe.js runs from V8's code cache
// (bin/bundle-loader.js, scripts/code-cache.mjs): dist/kaohe.cjs, everything a score or a validate needs, and one
// chunk per part that only some runs need (ECharts for the HTML report, the xlsx reader's zip and XML parsers, the
// yaml library for a plan the fast reader gives up on or a mistake to place, the result validator, the schema
// texts), each its own script with its own code cache, loaded the first time one of its exports is read. A cold
// start reads, deserialises and runs only the first. exceljs and iconv-lite stay in node_modules, require()d when
// an .xlsx is written or a GBK text is read.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

rmSync('dist', { recursive: true, force: true });

/**
 * The chunks: name → the modules they hold, as imported by the sources (a package's specifier, or a repository
 * path). A chunk holds libraries or generated code only, nothing that shares state with the main bundle (a chunk's
 * copy of a kaohe module would be a second instance).
 */
const CHUNKS = {
  echarts: ['echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers'],
  'xlsx-read': ['jszip', 'saxes'],
  yaml: ['yaml'],
  'validate-result': ['src/generated/validate-result.ts'],
  'schema-texts': ['src/generated/schema-texts.ts'],
};

// No import() left (a script compiled with cached data cannot keep a dynamic-import callback on Node 20), the
// commands inlined, exceljs and iconv-lite require()d when first needed. string-width builds Intl.Segmenter
// (7–11 ms) when it first measures a string, not when it is loaded.
const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(b) {
    b.onLoad({ filter: /string-width[\\/]index\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const lazy = text
        .replace('const segmenter = new Intl.Segmenter();', 'let segmenter;')
        .replace('segmenter.segment(', '(segmenter ??= new Intl.Segmenter()).segment(');
      if (lazy === text || lazy.includes('new Intl.Segmenter();'))
        throw new Error('string-width changed: see lazySegmenter');
      return { contents: lazy, loader: 'js' };
    });
  },
};

// commander requires node:child_process when it is loaded, for the executable subcommands kaohe does not use;
// child_process brings net, dgram and streams with it (~3 ms of a cold start). Required when first spawned instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      const lazy = text.replace(
        eager,
        "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };",
      );
      if (lazy === text || (lazy.match(/childProcess\.(?!spawn\()/g) ?? []).length > 0)
        throw new Error('commander changed: see lazyChildProcess');
      return { contents: lazy, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

// What the sources import from a package of a chunk: '*' (a namespace) or the names ('default' for a default
// import). Listing them, rather than taking the whole package, keeps esbuild's tree-shaking (echarts/charts is
// every chart). A repository module of a chunk (generated code) is taken whole.
function importedNames(spec) {
  if (spec.startsWith('src/')) return new Set(['*']);
  const names = new Set();
  const quoted = spec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pattern = new RegExp(`\\bimport\\s+(?!type\\b)([^;]*?)\\s+from\\s*['"]${quoted}['"]`, 'g');
  for (const f of readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(join('src', f), 'utf8').matchAll(pattern)) {
      const clause = m[1].trim();
      if (/^\*\s+as\s/.test(clause)) names.add('*');
      if (/^[\w$]+/.test(clause)) names.add('default');
      for (const n of /\{([^}]*)\}/.exec(clause)?.[1].split(',') ?? [])
        if (n.trim() && !/^type\s/.test(n.trim())) names.add(n.trim().split(/\s+as\s+/)[0]);
    }
  }
  if (names.size === 0) throw new Error(`bundle: nothing in src/ imports ${spec}, a module of a chunk`);
  return names;
}

// Each chunk: `modules`, { [specifier]: the exports the sources import from it }.
const chunkExports = {};
for (const [name, modules] of Object.entries(CHUNKS)) {
  const outfile = `dist/${name}.cjs`;
  const lines = modules.map((m, i) => {
    const names = importedNames(m);
    const from = JSON.stringify(m.startsWith('src/') ? `./${m}` : m);
    if (names.has('*')) return `import * as m${i} from ${from};`;
    const named = [...names].map((n) => `${n} as m${i}_${n}`).join(', ');
    const fields = [...names].map((n) => `${n}: m${i}_${n}`).join(', ');
    return `import { ${named} } from ${from}; const m${i} = { ${fields} };`;
  });
  const fields = modules.map((m, i) => `${JSON.stringify(m)}: m${i}`).join(', ');
  const contents = `${lines.join('\n')}\nexport const modules = { ${fields} };`;
  await build({ ...common, stdin: { contents, resolveDir: process.cwd(), loader: 'js' }, outfile });
  // The names each module exports, read by loading the chunk once here: the main bundle's stand-in for a module
  // defines exactly these, each a getter that loads the chunk when first read.
  const loaded = createRequire(import.meta.url)(resolve(outfile)).modules;
  chunkExports[name] = Object.fromEntries(modules.map((m) => [m, Object.keys(loaded[m])]));
}

// In the main bundle, an import of a chunk's module resolves to a stand-in whose exports are getters reading the
// chunk's (loaded by __kaoheChunk, which bin/bundle-loader.js passes to the bundle, on the first read).
const chunkStandIns = {
  name: 'chunk-stand-ins',
  setup(b) {
    const where = new Map(
      Object.entries(CHUNKS).flatMap(([name, modules]) =>
        modules.map((m) => [m.startsWith('src/') ? resolve(m) : m, { name, module: m }]),
      ),
    );
    b.onResolve({ filter: /.*/ }, (args) => {
      const bare = where.get(args.path);
      const local = args.path.startsWith('.') && where.get(resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts'));
      const hit = bare ?? local;
      return hit ? { path: `${hit.name}:${hit.module}`, namespace: 'chunk', pluginData: hit } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'chunk' }, ({ pluginData: { name, module } }) => {
      const names = chunkExports[name][module];
      const get = `__kaoheChunk(${JSON.stringify(name)}).modules[${JSON.stringify(module)}]`;
      // A default import from an ES module of this package ("type": "module") is module.exports itself, not its
      // .default: such a stand-in loads its chunk as the importing module initialises (a module only reached by an
      // import() taken when it is needed: the xlsx reader). Named imports load it when first read.
      const contents = names.includes('default')
        ? `module.exports = ${get}.default;`
        : `let m;
const get = () => (m ??= ${get});
Object.defineProperty(exports, '__esModule', { value: true });
for (const k of ${JSON.stringify(names)})
  Object.defineProperty(exports, k, { enumerable: true, get: () => get()[k] });`;
      return { contents, loader: 'js' };
    });
  },
};

await build({
  ...common,
  entryPoints: ['src/cli/entry.ts'],
  outfile: 'dist/kaohe.cjs',
  external: ['exceljs', 'iconv-lite'],
  define: { 'import.meta.url': '__kaoheUrl' },
  banner: { js: "const __kaoheUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [chunkStandIns, lazySegmenter, lazyChildProcess],
});
// esbuild escapes non-ASCII text in strings but leaves it in regular expression literals (/(合计|总计)$/): one such
// character makes V8 hold the whole script as two-byte text, decoded from UTF-8 at every start (~3 ms for the
// main bundle). A \uXXXX escape means the same character in a string, a template, an identifier and a regular
// expression (with or without the u flag: a surrogate pair of escapes is one code point), so every script is
// made ASCII, and checked.
for (const file of ['kaohe', ...Object.keys(CHUNKS)].map((n) => `dist/${n}.cjs`)) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (!/^[\x00-\x7f]*$/.test(ascii)) throw new Error(`bundle: ${file} is not ASCII`);
  if (ascii !== text) writeFileSync(file, ascii);
}
const kib = (f) => `${(statSync(f).size / 1024).toFixed(0)} KiB`;
console.log(
  `bundle: dist/kaohe.cjs, ${kib('dist/kaohe.cjs')}; chunks: ${Object.keys(CHUNKS)
    .map((n) => `${n} ${kib(`dist/${n}.cjs`)}`)
    .join(', ')}`,
);
