// The error catalogue (as hledger keeps one): one minimal reproducer per error code in
// fixtures/errors/, each with a golden file of the exact stderr and exit code.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/model.js';
import { main } from '../../src/cli/main.js';
import { goldenText, memoryIo, runKaohe, type Run } from '../helpers/memory-io.js';

/** How each code is reproduced: the arguments, and the exit code expected. */
const cases: Record<string, { args: string[]; exit: number }> = {};
for (const name of readdirSync('fixtures/errors').sort()) {
  const code = name.replace(/\.[a-z]+$/, '');
  if (!/^[A-Z_]+$/.test(code) || code === 'FILE_TOO_LARGE') continue;
  // a plan error is found by validating the plan; an actuals error by validating the actuals against valid.yaml
  const args = name.endsWith('.yaml')
    ? ['validate', `fixtures/errors/${name}`]
    : ['validate', 'fixtures/errors/valid.yaml', `fixtures/errors/${name}`];
  cases[code] = { args, exit: 2 };
}
Object.assign(cases, {
  FILE_NOT_FOUND: { args: ['validate', 'fixtures/errors/no-such-plan.yaml'], exit: 2 },
  TARGET_SPLIT_SHORT: { args: ['validate', 'fixtures/errors/TARGET_SPLIT_SHORT.yaml'], exit: 0 },
  ACTUALS_NO_TARGET: { args: ['validate', 'fixtures/errors/ACTUALS_NO_TARGET.yaml'], exit: 0 },
  SECTION_POINTS_SHORT: { args: ['validate', 'fixtures/errors/SECTION_POINTS_SHORT.yaml'], exit: 0 },
  // a device stands for every node that is not a regular file (a FIFO, a socket): a symlink to it in fixtures/ would
  // send the tools that walk the tree into /dev
  FILE_NOT_REGULAR: { args: ['validate', 'fixtures/errors/valid.yaml', '/dev/null'], exit: 2 },
  FILE_IS_DIRECTORY: {
    args: ['score', 'fixtures/errors/valid.yaml', '--actuals', 'fixtures/errors/FILE_IS_DIRECTORY.csv'],
    exit: 2,
  },
  UNKNOWN_UNIT: {
    args: ['explain', 'fixtures/errors/valid.yaml', '--unit', '东城', '--actuals', 'fixtures/errors/complete.csv'],
    exit: 2,
  },
  JSON_SYNTAX: {
    args: ['diff', 'fixtures/errors/JSON_SYNTAX.json', 'fixtures/audit/city-2010-v1.json'],
    exit: 2,
  },
  RESULT_INVALID: {
    args: ['diff', 'fixtures/errors/RESULT_INVALID.json', 'fixtures/errors/RESULT_INVALID.json'],
    exit: 2,
  },
  ACTUALS_SHEET: {
    args: ['validate', 'fixtures/errors/valid.yaml', 'fixtures/errors/complete.xlsx', '--sheet', '2011年'],
    exit: 2,
  },
  MISSING_ACTUALS: {
    args: ['score', 'fixtures/errors/valid.yaml', '--actuals', 'fixtures/errors/MISSING_ACTUALS.csv'],
    exit: 2,
  },
  PREVIOUS_INVALID: {
    args: [
      'score',
      'fixtures/errors/valid.yaml',
      '--actuals',
      'fixtures/errors/complete.csv',
      '--previous',
      'fixtures/errors/PREVIOUS_INVALID.json',
    ],
    exit: 2,
  },
  UNIT_SET_ASIDE: {
    args: [
      'score',
      'fixtures/errors/UNIT_SET_ASIDE.yaml',
      '--actuals',
      'fixtures/errors/MISSING_ACTUALS.csv',
      '--allow-missing',
    ],
    exit: 0,
  },
  ...Object.fromEntries(
    (['PREVIOUS_PLAN', 'PREVIOUS_PERIOD', 'PREVIOUS_NO_MATCH'] as const).map((code) => [
      code,
      {
        args: [
          'score',
          'fixtures/errors/valid.yaml',
          '--actuals',
          'fixtures/errors/complete.csv',
          '--previous',
          `fixtures/errors/${code}.json`,
        ],
        exit: code === 'PREVIOUS_PLAN' ? 0 : 2,
      },
    ]),
  ),
  DIFF_OTHER_PLAN: {
    args: ['diff', 'fixtures/errors/PREVIOUS_PERIOD.json', 'fixtures/errors/DIFF_OTHER_PLAN.json'],
    exit: 0,
  },
  USAGE: {
    args: [
      'score',
      'fixtures/errors/valid.yaml',
      '--actuals',
      'fixtures/errors/MISSING_ACTUALS.csv',
      '--as-of',
      '2011',
    ],
    exit: 2,
  },
  OUTPUT_IS_INPUT: {
    args: [
      'score',
      'fixtures/errors/valid.yaml',
      '--actuals',
      'fixtures/errors/complete.csv',
      '--out',
      'fixtures/errors/complete.csv',
    ],
    exit: 2,
  },
  OUTPUT_WRITE: {
    args: [
      'score',
      'fixtures/errors/valid.yaml',
      '--actuals',
      'fixtures/errors/complete.csv',
      '--out',
      'fixtures/errors/no-such-dir/out.txt',
    ],
    exit: 2,
  },
});

// A file that exists but cannot be read (as root, permissions do not stop a read): an Io that fails the read.
async function runUnreadable(): Promise<Run> {
  const io = memoryIo();
  io.readFile = async (path) => {
    throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
  };
  const code = await main(['node', 'kaohe', 'validate', 'fixtures/errors/valid.yaml'], io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

// A file over the input cap (256 MB for the real Io): the same check with a cap of 2,048 bytes, so the reproducer is small.
async function runTooLarge(args: string[]): Promise<Run> {
  const io = memoryIo();
  io.maxInputBytes = 2048;
  const code = await main(['node', 'kaohe', ...args], io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

describe('error catalogue', () => {
  it('has a reproducer for every error code', () => {
    const own = ['FILE_UNREADABLE', 'FILE_TOO_LARGE'];
    expect(ERROR_CODES.filter((code) => !(code in cases) && !own.includes(code))).toEqual([]);
  });

  it('FILE_TOO_LARGE', async () => {
    const args = ['score', 'fixtures/errors/valid.yaml', '--actuals', 'fixtures/errors/FILE_TOO_LARGE.csv'];
    const run = await runTooLarge(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    await expect(goldenText([...args, '(input cap of 2,048 bytes)'], run)).toMatchFileSnapshot(
      '../golden/errors/FILE_TOO_LARGE.md',
    );
  });

  it('FILE_UNREADABLE', async () => {
    const run = await runUnreadable();
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    await expect(
      goldenText(['validate', 'fixtures/errors/valid.yaml', '(read fails with EACCES)'], run),
    ).toMatchFileSnapshot('../golden/errors/FILE_UNREADABLE.md');
  });

  it.each(Object.entries(cases))('%s', async (code, { args, exit }) => {
    const run = await runKaohe(args);
    expect(run.stderr).toContain(code);
    expect(run.code).toBe(exit);
    if (exit === 2) expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // never a stack trace
    await expect(goldenText(args, run)).toMatchFileSnapshot(`../golden/errors/${code}.md`);
  });
});
