// Build step after the bundle: runs the CLI bundle in this process on sample commands (their output discarded), so
// that V8 compiles what a run needs, then writes V8's code cache of it (dist/kaohe.cjs.cache), then runs the commands
// that load a chunk (scripts/bundle.mjs) and writes each chunk's cache (dist/<chunk>.cjs.cache); last, the answers
// bin/kaohe.js gives before loading anything (dist/answers.json: --version, --help per language).
// The main cache is written before the chunks' samples run, so that it holds what a score or a validate compiles
// and no more (a bigger cache is slower to read at every start); the HTML report's own functions, say, are
// compiled from source when that report is asked for.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundlePath, cachePath, loadBundle, loaded, pathOf } from '../bin/bundle-loader.js';

const { exports: cli, script } = loadBundle();
const run = async (args, env = { LANG: 'en_US.UTF-8' }) => {
  const out = [];
  const stdout = { write: (s) => void out.push(s), isTTY: false };
  await cli.main(['node', 'kaohe', ...args], { ...cli.nodeIo, stdout, stderr: { write: () => {}, isTTY: false }, env });
  return out.join('');
};
const common = [
  ['score', 'plans/city-2010.yaml'],
  ['score', 'plans/city-2010.yaml', '--format', 'json'],
  ['score', 'plans/sichuan-2021-2025.yaml', '--format', 'csv'],
  ['validate', 'plans/city-2010.yaml'],
  ['validate', 'fixtures/errors/UNKNOWN_PARENT.yaml'],
  ['explain', 'plans/city-2010.yaml', '--unit', 'qinghe'],
];
for (const args of common) await run(args);
writeFileSync(cachePath, script.createCachedData());

// The chunks: every one must be loaded by these samples, or it would be left without a cache (checked below).
const dir = mkdtempSync(join(tmpdir(), 'kaohe-code-cache-'));
const result = join(dir, 'city-2010.json');
writeFileSync(result, await run(['score', 'plans/city-2010.yaml', '--format', 'json']));
const rare = [
  ['score', 'plans/city-2010.yaml', '--format', 'html'],
  ['score', 'fixtures/errors/valid.yaml', '--actuals', 'fixtures/errors/complete.xlsx'],
  ['diff', result, result],
  ['schema', 'result'],
];
for (const args of rare) await run(args);
rmSync(dir, { recursive: true, force: true });
const chunks = readdirSync(new URL('../dist/', import.meta.url))
  .filter((f) => f.endsWith('.cjs') && f !== 'kaohe.cjs')
  .map((f) => f.replace(/\.cjs$/, ''));
for (const name of chunks) {
  const chunk = loaded.get(name);
  if (!chunk) throw new Error(`code-cache: no sample loads the chunk ${name}: add one`);
  writeFileSync(`${pathOf(name)}.cache`, chunk.script.createCachedData());
}

const answers = {
  version: await run(['--version']),
  help: { en: await run(['--help']), zh: await run(['--help'], { LANG: 'zh_CN.UTF-8' }) },
};
writeFileSync(new URL('../dist/answers.json', import.meta.url), `${JSON.stringify(answers)}\n`);
console.log(
  `code-cache: ${bundlePath} cached after ${common.length} sample runs, ` +
    `chunks ${chunks.join(', ')} after ${rare.length}`,
);
