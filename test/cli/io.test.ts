// Writing a result in pieces: the file must hold exactly the pieces' text, whatever their sizes and
// wherever a multi-byte character falls against the one-megabyte buffer they are encoded into.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1 << 20;

describe('writeChunksAtomic', () => {
  it.each([
    ['no piece at all', []],
    ['small pieces', ['{', '\n  "a": 1', '\n}\n']],
    // 349,525 × 3 bytes = 1,048,575: the buffer holds it with one byte to spare, and 城 (3 bytes) must not be split
    ['Chinese text that fills the buffer to one byte short', ['城'.repeat(349_525), '城关区', 'x']],
    // larger than the buffer: written on its own, after what the buffer held
    ['a piece larger than the buffer between small ones', ['a', 'b'.repeat(MB + 7), '城']],
    [
      'many pieces that together pass the buffer several times',
      Array.from({ length: 300 }, (_, i) => `${i}:${'区'.repeat(10_000)}\n`),
    ],
  ])('writes %s exactly', async (name, pieces) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    await nodeIo.writeChunksAtomic(path, pieces);
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
  });

  it('leaves no temporary file behind', async () => {
    await nodeIo.writeChunksAtomic(join(dir, 'clean.json'), ['a', 'b']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
