#!/usr/bin/env node
// kaohe's command. `--version` and `--help` (on a pipe or file) are answered from dist/answers.json before
// anything else is loaded; everything else runs the CLI bundle from V8's code cache (bin/bundle-loader.js).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : undefined;
const quick = only === '--version' || only === '-V' || ((only === '--help' || only === '-h') && !process.stdout.isTTY);
let answered = false;
if (quick) {
  try {
    const answers = JSON.parse(readFileSync(new URL('../dist/answers.json', import.meta.url), 'utf8'));
    // The language as the CLI picks it with no --lang (src/cli/main.ts langFromEnv).
    const env = process.env;
    const lang = /^zh/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'zh' : 'en';
    process.stdout.write(only === '--version' || only === '-V' ? answers.version : answers.help[lang]);
    answered = true;
  } catch {
    // no answers file (an unbuilt checkout): the CLI answers
  }
}
if (!answered) {
  const { loadBundle, readCache } = await import('./bundle-loader.js');
  const { main, nodeIo } = loadBundle(readCache()).exports;
  process.exitCode = await main(process.argv, nodeIo);
}
