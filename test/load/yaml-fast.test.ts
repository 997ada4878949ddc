// The fast plan reader (issue #16, item 3) against yaml itself: on every YAML file of the project and on
// thousands of plans cut, spliced and sprinkled with YAML's special characters, whenever the fast reader
// takes a text, yaml parses it without an error to the same data, and every node starts at the line and
// column yaml gives it, every scalar with the same source text. Anything else it must give up on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type FastNode, readFastYaml } from '../../src/load/yaml-fast.js';
// @ts-expect-error: a benchmark script in plain JavaScript, without types
import { buildNational } from '../../bench/generate.mjs';

/** Returns what differs between yaml's reading of a text and the fast one ([] when the fast reader gave up). */
function differences(text: string): string[] {
  const fast = readFastYaml(text);
  if (fast === undefined) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
  if (doc.errors.length > 0) return [`taken, but yaml finds ${doc.errors[0]!.code}`];
  const out: string[] = [];
  if (JSON.stringify(doc.toJS()) !== JSON.stringify(fast.data)) out.push('data');
  const walk = (node: Node, pos: FastNode | undefined, path: string): void => {
    const at = lineCounter.linePos(node.range![0]);
    if (pos === undefined || at.line !== pos.line || at.col !== pos.col) out.push(`${path}: place`);
    if (isScalar(node)) {
      const text = typeof node.value === 'string' ? node.value : node.source;
      if (text !== pos?.text) out.push(`${path}: text`);
    } else if (isMap(node) && pos?.entries instanceof Map) {
      for (const pair of node.items)
        walk(
          pair.value as Node,
          pos.entries.get(String((pair.key as { value: unknown }).value)),
          `${path}.${pair.key}`,
        );
    } else if (isSeq(node) && Array.isArray(pos?.entries)) {
      for (const [i, item] of node.items.entries()) walk(item as Node, (pos.entries as FastNode[])[i], `${path}[${i}]`);
    } else out.push(`${path}: kind`);
  };
  walk(doc.contents as Node, fast.root, '');
  return out;
}

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

describe('the fast plan reader', () => {
  const files = [...yamlFiles('plans'), ...yamlFiles('fixtures')];
  it.each(files)('reads %s as yaml does, or gives up', (file) => {
    expect(differences(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('takes every bundled plan and the national case (and so reads them without a Document)', () => {
    for (const file of yamlFiles('plans')) expect(readFastYaml(readFileSync(file, 'utf8')), file).toBeDefined();
    expect(readFastYaml(buildNational(285).plan)).toBeDefined();
  });

  it('gives up on what is beyond it: anchors, tags, block scalars, special numbers, a duplicate key, an empty value', () => {
    const base = 'kaohe: 1\nplan: {id: a, title: t, period: 2010}\n';
    for (const extra of [
      'x: &a 1\n',
      'x: !!str 1\n',
      'x: |\n  a\n',
      'x: .inf\n',
      'x: 0x10\n',
      'x: 1e3\n',
      'x: 007\n',
      'kaohe: 2\n',
      `${'k'.repeat(1100)}: 1\n`, // fuzz seed 41: yaml refuses an implicit key over 1,024 characters
      'x:\n',
      'x: "a\\tb"\n',
      'x: a: b\n',
      'x: [1,\n2]\n',
      '---\n',
      'x: ~\n',
      'x: True\n',
    ])
      expect(readFastYaml(base + extra), extra).toBeUndefined();
    expect(readFastYaml(`${base}x: {a: 1, b: [c, 'd''e', "f"]}  # note\n`)?.data).toEqual({
      kaohe: 1,
      plan: { id: 'a', title: 't', period: 2010 },
      x: { a: 1, b: ['c', "d'e", 'f'] },
    });
  });

  it('agrees with yaml on plans cut, spliced and sprinkled with special characters', () => {
    const plans = ['plans/city-2010.yaml', 'plans/changchun-2014-2016.yaml'].map((f) => readFileSync(f, 'utf8'));
    const special = [
      ' ',
      ':',
      '-',
      '#',
      '{',
      '}',
      '[',
      ']',
      ',',
      "'",
      '"',
      '\n',
      '&',
      '*',
      '!',
      '|',
      '>',
      '%',
      '@',
      '0',
      '.',
      'e',
      '  ',
    ];
    const edit = fc.record({
      plan: fc.nat(plans.length - 1),
      at: fc.nat(),
      cut: fc.nat(6),
      insert: fc.array(fc.constantFrom(...special), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = plans[edits[0]!.plan]!;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert.join('') + text.slice(at + e.cut);
        }
        expect(differences(text)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
