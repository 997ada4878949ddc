// The width the table is drawn to: the terminal's own, else COLUMNS, else 120 on a pipe or into a file.
import { describe, expect, it } from 'vitest';
import { outputWidth } from '../../src/cli/commands/score.js';
import { memoryIo } from '../helpers/memory-io.js';

const ioWith = (env: Record<string, string>, columns?: number) => {
  const io = memoryIo(env);
  return { ...io, stdout: { ...io.stdout, isTTY: columns !== undefined, columns } };
};

describe('outputWidth', () => {
  it.each([
    ['a terminal 100 columns wide', {}, 100, 100],
    ['a terminal, whatever COLUMNS says', { COLUMNS: '300' }, 90, 90],
    ['a pipe with COLUMNS=80', { COLUMNS: '80' }, undefined, 80],
    ['a pipe with no COLUMNS', {}, undefined, 120],
    ['a pipe with a COLUMNS that is no width', { COLUMNS: 'wide' }, undefined, 120],
  ] as const)('is right for %s', (_name, env, columns, expected) => {
    expect(outputWidth(ioWith({ ...env }, columns))).toBe(expected);
  });
});
