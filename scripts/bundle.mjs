// Bundles the CLI into dist/ with esbuild: one entry chunk plus one chunk per lazily imported
// command, so each command loads only what it needs and Node resolves a handful of files.
// exceljs stays outside (imported only when an .xlsx is read or written).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: { kaohe: 'src/cli/entry.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['exceljs', 'iconv-lite'],
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies bundled into ESM still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __kaoheRequire } from 'node:module'; const require = __kaoheRequire(import.meta.url);",
  },
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
});
const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
console.log(
  `bundle: ${outputs.length} files, ${(outputs.reduce((s, [, o]) => s + o.bytes, 0) / 1024).toFixed(0)} KiB in dist/`,
);
