#!/usr/bin/env node
// kaohe's command. `--version` and `--help` (on a pipe or file) are answered from dist/answers.json before
// anything else is loaded; everything else runs the CLI bundle from V8's code cache (bin/bundle-loader.js).
// CommonJS (bin/package.json): an ES module entry costs Node ~5 ms more to start (its loader's modules).
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : undefined;
const quick = only === '--version' || only === '-V' || ((only === '--help' || only === '-h') && !process.stdout.isTTY);
let answered = false;
if (quick) {
  try {
    const answers = JSON.parse(readFileSync(join(__dirname, '..', 'dist', 'answers.json'), 'utf8'));
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
  const { loadBundle, readCache } = require('./bundle-loader.js');
  const { main, nodeIo } = loadBundle(readCache()).exports;
  main(process.argv, nodeIo).then((code) => {
    process.exitCode = code;
  });
}
