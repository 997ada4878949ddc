// What bench/parts.mjs and bench/scoring.mjs share: a small timing program bundled with esbuild from a tree's
// sources (so that two checkouts can be timed alike), medians, and the table of this tree against another.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundles the program's text (ESM that imports a tree's .ts sources) into a runnable file; returns its path. */
export async function bundleProgram(text, name) {
  const dir = mkdtempSync(join(tmpdir(), `kaohe-${name}-`));
  writeFileSync(join(dir, 'entry.mjs'), text);
  const outfile = join(dir, `${name}.mjs`);
  const banner =
    "import { createRequire as kaoheRequire } from 'node:module'; const require = kaoheRequire(import.meta.url);";
  await build({
    entryPoints: [join(dir, 'entry.mjs')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    banner: { js: banner },
    logLevel: 'error',
  });
  return outfile;
}

/** Returns the median of numbers (the upper middle for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Prints figures (`key|this`, `key|before` → CPU ms) as a markdown table with the ratio this / before. */
export async function printTable(title, figures, runs, before) {
  const load = (await import('node:os')).loadavg()[0].toFixed(1);
  console.log(`| ${title} (CPU ms, medians of ${runs}, load ${load}) | this |${before ? ' before | ratio |' : ''}`);
  console.log(`| --- | ---: |${before ? ' ---: | ---: |' : ''}`);
  for (const key of new Set(Object.keys(figures).map((k) => k.split('|')[0]))) {
    const mine = median(figures[`${key}|this`]);
    const theirs = before ? median(figures[`${key}|before`]) : undefined;
    const ratio = theirs ? ` ${theirs.toFixed(0)} | ${(mine / theirs).toFixed(2)} |` : '';
    console.log(`| ${key} | ${mine.toFixed(0)} |${ratio}`);
  }
}
