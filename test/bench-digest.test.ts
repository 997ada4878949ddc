// The national benchmark's result, pinned (issue #16): every optimisation must leave `kaohe score
// --format json` byte-identical. The case is bench/generate.mjs's national case at a tenth (285 counties,
// 316 units, 43,320 CSV rows; seeded, the same bytes everywhere), which runs every code path of the full
// one (every fold, direction, unit of measure, roll-up and rule) in a second instead of five; generated
// here into a temporary folder whose path is replaced by DIR before hashing. Also with its targets in a sheet.
// A change of the result's kaohe_version changes the digests, and that alone.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a benchmark script in plain JavaScript, without types
import { buildNational } from '../bench/generate.mjs';
import { runKaohe } from './helpers/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-national-'));
const c = buildNational(285);
writeFileSync(join(dir, `${c.id}.yaml`), c.plan);
writeFileSync(join(dir, `${c.id}-sheet.yaml`), c.sheetPlan);
writeFileSync(join(dir, `${c.id}-actuals.csv`), c.csv);
writeFileSync(join(dir, `${c.id}-targets.csv`), c.targetsCsv);

const digest = (text: string) => createHash('sha256').update(text.replaceAll(dir, 'DIR')).digest('hex');

describe('the national case at a tenth, pinned', () => {
  it.each([
    ['national-285.yaml', 'yaml'],
    ['national-285-sheet.yaml', 'sheet'],
  ])('scores %s to the pinned JSON', async (plan, kind) => {
    const run = await runKaohe(['score', join(dir, plan), '--format', 'json']);
    expect(run.code).toBe(0);
    // 285 counties and 31 provinces (bench/generate.mjs).
    expect(JSON.parse(run.stdout).totals.units).toBe(316);
    expect(digest(run.stdout)).toBe(PINNED[kind as 'yaml' | 'sheet']);
  });
});

// The built command (npm ci builds it) writes a result to a regular file a megabyte at a time, two buffers taking
// turns (src/cli/io.ts): standard output redirected (> and >>) and --out give the bytes pinned above. The result is
// 12 MB, so the buffers swap a dozen times.
describe('the national case at a tenth, written to a file', () => {
  const plan = join(dir, 'national-285.yaml');
  const run = (args: string[], stdout: number | 'pipe') =>
    spawnSync(process.execPath, ['bin/kaohe.js', 'score', plan, '--format', 'json', ...args], {
      stdio: ['ignore', stdout, 'pipe'],
      encoding: 'utf8',
    });

  it('from standard output redirected to a file, replaced (>) or appended to (>>)', () => {
    for (const [flags, before] of [
      ['w', ''],
      ['a', 'kept\n'],
    ] as const) {
      const path = join(dir, `stdout-${flags}.json`);
      writeFileSync(path, before);
      const fd = openSync(path, flags);
      const r = run([], fd);
      closeSync(fd);
      expect(r.stderr).toBe('');
      const text = readFileSync(path, 'utf8');
      expect(text.slice(0, before.length)).toBe(before);
      expect(digest(text.slice(before.length))).toBe(PINNED.yaml);
    }
  });

  it('from --out', () => {
    const path = join(dir, 'out.json');
    expect(run(['--out', path], 'pipe').stderr).toBe('');
    expect(digest(readFileSync(path, 'utf8'))).toBe(PINNED.yaml);
  });
});

// yaml: the digest of main's build at 1a28a6a on the same files; sheet: this tree's, whose every unit's figures
// equal the yaml plan's (test/load/targets-sheet.test.ts, bench/peers.mjs); it differs in inputs and sources only.
const PINNED = {
  yaml: '6f7737fb127fce72f1bfb596710f15bafee83060199d495828a21b2bc4a1514c',
  sheet: '385927f0bebf9f05966794cb8e5944ba06818b92e55fb46b3b6928d4292cbaeb',
};
