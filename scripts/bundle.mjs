// Bundles the CLI into dist/kaohe.cjs with esbuild: one CommonJS script that bin/kaohe.js runs from V8's
// code cache (scripts/code-cache.mjs), so a cold start reads one file and compiles next to nothing.
// exceljs and iconv-lite stay outside (required only when an .xlsx or a GBK text is read or written).
import { build } from 'esbuild';
import { rmSync, statSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

// No import() left (a script compiled with cached data cannot keep a dynamic-import callback on Node 20), the
// commands inlined, exceljs and iconv-lite require()d when first needed. string-width builds Intl.Segmenter
// (7–11 ms) when it first measures a string, not when it is loaded.
const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(b) {
    b.onLoad({ filter: /string-width[\\/]index\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
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
await build({
  entryPoints: ['src/cli/entry.ts'],
  outfile: 'dist/kaohe.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['exceljs', 'iconv-lite'],
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__kaoheUrl' },
  banner: { js: "const __kaoheUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazySegmenter],
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
console.log(`bundle: dist/kaohe.cjs, ${(statSync('dist/kaohe.cjs').size / 1024).toFixed(0)} KiB`);
