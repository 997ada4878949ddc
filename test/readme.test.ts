// Every `$ kaohe …` example in the README shows that command's real output (refresh them with
// `node scripts/update-readme.mjs`), and the README keeps its two promised commands.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module shared with scripts/update-readme.mjs
import { findCommandBlocks, formatOutput } from '../scripts/readme-blocks.mjs';
import { runKaohe } from './helpers/memory-io.js';

const readme = readFileSync('README.md', 'utf8');
const blocks = findCommandBlocks(readme) as { args: string[]; shown: string }[];

describe('README', () => {
  it('shows the main job and the test command', () => {
    expect(readme).toContain('npm ci && npx kaohe score plans/city-2010.yaml');
    expect(readme).toContain('npm ci && npm test');
  });

  it('has example blocks to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it.each(blocks.map((b) => [b.args.join(' '), b] as const))('kaohe %s shows its real output', async (_name, block) => {
    const run = await runKaohe(block.args);
    expect(block.shown).toBe(formatOutput(run));
  });
});
