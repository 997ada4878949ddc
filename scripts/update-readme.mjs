// Refreshes the README's example outputs by running each `$ kaohe …` block with the built CLI
// (run `npm run build` first), in English, without colour. test/readme.test.ts checks the result.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCommandBlocks, formatOutput, replaceOutputs } from './readme-blocks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const path = join(root, 'README.md');
const text = readFileSync(path, 'utf8');
const blocks = findCommandBlocks(text);
const outputs = blocks.map((b) => {
  const r = spawnSync(process.execPath, ['bin/kaohe.js', ...b.args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', CI: '' },
  });
  return formatOutput({ stdout: r.stdout, stderr: r.stderr, code: r.status });
});
writeFileSync(path, replaceOutputs(text, blocks, outputs));
console.log(`update-readme: ${blocks.length} example blocks refreshed`);
