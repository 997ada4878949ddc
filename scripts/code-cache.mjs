// Build step after the bundle: runs the CLI bundle in this process on sample commands (their output
// discarded), so that V8 compiles what a run needs, then writes V8's code cache of it (dist/kaohe.cjs.cache)
// and the answers bin/kaohe.js gives before loading anything (dist/answers.json: --version, --help per language).
import { writeFileSync } from 'node:fs';
import { bundlePath, cachePath, loadBundle } from '../bin/bundle-loader.js';

const { exports: cli, script } = loadBundle();
const capture = (env) => {
  const out = [];
  const sink = { write: (s) => void out.push(s), isTTY: false };
  return { io: { ...cli.nodeIo, stdout: sink, stderr: { write: () => {}, isTTY: false }, env }, out };
};
const run = async (args, env = { LANG: 'en_US.UTF-8' }) => {
  const { io, out } = capture(env);
  await cli.main(['node', 'kaohe', ...args], io);
  return out.join('');
};
const samples = [
  ['score', 'plans/city-2010.yaml'],
  ['score', 'plans/city-2010.yaml', '--format', 'json'],
  ['score', 'plans/sichuan-2021-2025.yaml', '--format', 'csv'],
  ['validate', 'plans/city-2010.yaml'],
  ['validate', 'fixtures/errors/UNKNOWN_PARENT.yaml'],
  ['explain', 'plans/city-2010.yaml', '--unit', 'qinghe'],
];
for (const args of samples) await run(args);
const answers = {
  version: await run(['--version']),
  help: { en: await run(['--help']), zh: await run(['--help'], { LANG: 'zh_CN.UTF-8' }) },
};
writeFileSync(cachePath, script.createCachedData());
writeFileSync(new URL('../dist/answers.json', import.meta.url), `${JSON.stringify(answers)}\n`);
console.log(`code-cache: ${bundlePath} cached after ${samples.length} sample runs`);
