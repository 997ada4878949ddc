// Nothing lost: a result never replaces a clerk's sheet, a symlink, a FIFO or a device node, keeps the mode of the
// file it replaces, and leaves no temporary file behind; an input that is not a regular file is refused at once.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  createReadStream,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { interrupted, liveTemporaryFiles, nodeIo } from '../../src/cli/io.js';
import { runKaohe } from '../helpers/memory-io.js';

const root = mkdtempSync(join(tmpdir(), 'kaohe-safe-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
/** Returns a fresh folder holding plan.yaml (id `data`, `actuals: [data.csv]`), data.csv and corrected.csv. */
function folder(): string {
  const dir = join(root, `case-${++count}`);
  execFileSync('mkdir', ['-p', dir]);
  const plan = readFileSync('fixtures/errors/valid.yaml', 'utf8').replace('id: errors-demo', 'id: data');
  writeFileSync(join(dir, 'plan.yaml'), `${plan}actuals:\n  - data.csv\n`);
  copyFileSync('fixtures/errors/complete.csv', join(dir, 'data.csv'));
  copyFileSync('fixtures/errors/complete.csv', join(dir, 'corrected.csv'));
  return dir;
}

describe("the plan's own actuals files are protected like inputs", () => {
  it('--out-dir does not replace the sheet the plan names when --actuals gives another', async () => {
    const dir = folder();
    const before = readFileSync(join(dir, 'data.csv'));
    const plan = join(dir, 'plan.yaml');
    const corrected = join(dir, 'corrected.csv');
    const run = await runKaohe(['score', plan, '--actuals', corrected, '--format', 'csv', '--out-dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('OUTPUT_IS_INPUT');
    expect(readFileSync(join(dir, 'data.csv'))).toEqual(before);
  });

  it('--out does not replace it either, read or not', async () => {
    const dir = folder();
    const before = readFileSync(join(dir, 'data.csv'));
    const args = ['score', join(dir, 'plan.yaml'), '--actuals', join(dir, 'corrected.csv')];
    const run = await runKaohe([...args, '--format', 'csv', '--out', join(dir, 'data.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('OUTPUT_IS_INPUT');
    expect(readFileSync(join(dir, 'data.csv'))).toEqual(before);
  });

  it('a plan with mistakes is protected from a junit report written over it', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'plan.yaml'), 'kaohe: 1\nplan: {id: x}\n');
    const before = readFileSync(join(dir, 'plan.yaml'));
    const run = await runKaohe(['score', join(dir, 'plan.yaml'), '--format', 'junit', '--out', join(dir, 'plan.yaml')]);
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, 'plan.yaml'))).toEqual(before);
  });

  it('an absolute path in actuals: is read as it is', async () => {
    const dir = folder();
    const plan = readFileSync('fixtures/errors/valid.yaml', 'utf8');
    writeFileSync(join(dir, 'abs.yaml'), `${plan}actuals:\n  - ${join(dir, 'data.csv')}\n`);
    const run = await runKaohe(['score', join(dir, 'abs.yaml'), '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('--out to a node that is not a regular file', () => {
  const args = ['score', 'fixtures/errors/valid.yaml', '--actuals', 'fixtures/errors/complete.csv', '--format', 'csv'];

  it('writes through a symlink and keeps it a symlink', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'real.csv'), 'old');
    symlinkSync('real.csv', join(dir, 'link.csv'));
    const run = await runKaohe([...args, '--out', join(dir, 'link.csv')]);
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.csv'))).toBe('real.csv');
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toMatch(/^plan_id,/);
  });

  it('streams into a FIFO and keeps it a FIFO', async () => {
    const dir = folder();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const reader = new Promise<string>((resolve, reject) => {
      const stream = createReadStream(fifo);
      stream.on('data', (c) => chunks.push(c as Buffer));
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      stream.on('error', reject);
    });
    const run = await runKaohe([...args, '--out', fifo]);
    expect(run.code).toBe(0);
    expect(await reader).toMatch(/^plan_id,/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes into a character device (a copy of /dev/null) and keeps the node', async () => {
    const dir = folder();
    const device = join(dir, 'null');
    execFileSync('mknod', [device, 'c', '1', '3']);
    const run = await runKaohe([...args, '--out', device]);
    expect(run.code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it("keeps the replaced file's mode", async () => {
    const dir = folder();
    const out = join(dir, 'result.csv');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    const run = await runKaohe([...args, '--out', out]);
    expect(run.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readFileSync(out, 'utf8')).toMatch(/^plan_id,/);
  });
});

describe('inputs are regular files', () => {
  it('refuses a FIFO as --actuals at once (no writer: reading it would wait for ever)', async () => {
    const dir = folder();
    const fifo = join(dir, 'actuals.csv');
    execFileSync('mkfifo', [fifo]);
    const run = await runKaohe(['score', 'fixtures/errors/valid.yaml', '--actuals', fifo]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('FILE_NOT_REGULAR');
  });

  it('refuses /dev/zero as --actuals at once', async () => {
    const run = await runKaohe(['score', 'fixtures/errors/valid.yaml', '--actuals', '/dev/zero']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('FILE_NOT_REGULAR');
  });

  it('refuses a FIFO named in the plan', async () => {
    const dir = folder();
    rmSync(join(dir, 'data.csv'));
    execFileSync('mkfifo', [join(dir, 'data.csv')]);
    const run = await runKaohe(['score', join(dir, 'plan.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('FILE_NOT_REGULAR');
  });
});

describe('temporary files', () => {
  it('are named with a random suffix, so two writers of one process never share one', async () => {
    const dir = folder();
    const out = join(dir, 'same.json');
    const seen: string[] = [];
    function* pieces(text: string) {
      seen.push(...liveTemporaryFiles());
      yield text;
    }
    await Promise.all([
      nodeIo.writeChunksAtomic(out, pieces('a'.repeat(100_000))),
      nodeIo.writeChunksAtomic(out, pieces('b'.repeat(100_000))),
    ]);
    expect(new Set(seen).size).toBeGreaterThanOrEqual(2);
    expect(readFileSync(out, 'utf8')).toMatch(/^(a{100000}|b{100000})$/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('are removed when the run is interrupted (SIGINT), and the signal is raised again', async () => {
    const dir = folder();
    const listeners = process.listenerCount('SIGINT');
    let killed: string | undefined;
    let during: string[] = [];
    function* pieces() {
      yield 'first';
      during = liveTemporaryFiles();
      expect(process.listenerCount('SIGINT')).toBe(listeners + 1);
      interrupted('SIGINT', (signal) => {
        killed = signal;
      });
      yield 'second';
    }
    await expect(nodeIo.writeChunksAtomic(join(dir, 'cut.json'), pieces())).rejects.toThrow();
    expect(during).toHaveLength(1);
    expect(killed).toBe('SIGINT');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f === 'cut.json')).toEqual([]);
    expect(process.listenerCount('SIGINT')).toBe(listeners);
  });
});
