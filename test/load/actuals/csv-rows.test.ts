// A CSV text without a quote is split by lines and delimiters instead of going through csv-parse:
// the two must agree on every record, every line and every cell's place.
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createCollector } from '../../../src/load/actuals/collect.js';
import { detectDelimiter, parseCsvGrid } from '../../../src/load/actuals/csv.js';
import type { SheetRow } from '../../../src/load/actuals/grid.js';

function rowsOf(text: string): SheetRow[] {
  const grid = parseCsvGrid(text, 'a.csv', createCollector('a.csv'));
  return [...grid!.rows] as SheetRow[];
}

// Each row as its texts, its line, and the place of each cell and of two cells past its end.
function shown(rows: SheetRow[]): unknown[] {
  return rows.map((r) => ({
    line: r.line,
    texts: r.texts,
    places: [...r.texts.keys(), r.texts.length, r.texts.length + 1].map((col) => r.cellAt(col).source),
  }));
}

const quoteFree = fc
  .array(fc.constantFrom('a', 'bc', '城关', ',', ',', '\t', '\n', '\n', ' ', '\r\n'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('CSV rows without a quote', () => {
  it.each([
    // "城关区," is 4 characters, so 5 starts at column 5; every cell past a row's end sits one past
    // its last character and a separator: "6" at column 5 (length 1) → column 5 + 1 + 1 = 7.
    [
      'places each cell and the cells past a short row',
      '单位,下岗\n城关区,5\n东城区,6',
      [
        { line: 1, texts: ['单位', '下岗'], cols: [1, 4, 7, 7] },
        { line: 2, texts: ['城关区', '5'], cols: [1, 5, 7, 7] },
        { line: 3, texts: ['东城区', '6'], cols: [1, 5, 7, 7] },
      ],
    ],
    // an empty line is one empty field; an empty last cell counts as one character: 'c,' → '' at 3, past it 3 + 1 + 1 =
    // 5
    [
      'reads an empty line as one empty cell',
      'a,b\n\nc,',
      [
        { line: 1, texts: ['a', 'b'], cols: [1, 3, 5, 5] },
        { line: 2, texts: [''], cols: [1, 3, 3] },
        { line: 3, texts: ['c', ''], cols: [1, 3, 5, 5] },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    const rows = rowsOf(text);
    expect(
      rows.map((r) => ({
        line: r.line,
        texts: r.texts,
        cols: [...r.texts.keys(), r.texts.length, r.texts.length + 1].map((c) => r.cellAt(c).source.col),
      })),
    ).toEqual(expected);
  });

  it('gives the records csv-parse gives, on the lines it counts', () => {
    fc.assert(
      fc.property(quoteFree, (text) => {
        const lf = text.replace(/\r\n/g, '\n');
        // the delimiter as the loader detects it, from the filled lines
        const delimiter = detectDelimiter(lf);
        const records = parse(lf, {
          relax_column_count: true,
          skip_empty_lines: false,
          info: true,
          delimiter,
        }) as unknown as { record: string[]; info: { lines: number } }[];
        expect(rowsOf(text).map((r) => ({ line: r.line, texts: r.texts }))).toEqual(
          records.map((r) => ({ line: r.info.lines, texts: r.record })),
        );
      }),
    );
  });

  it('places every cell as the csv-parse path places it', () => {
    // A quoted record after the text sends the whole file through csv-parse; the rows before it must not change.
    fc.assert(
      fc.property(quoteFree, (text) => {
        const lf = text.replace(/\r\n/g, '\n');
        const body = lf === '' || lf.endsWith('\n') ? lf : `${lf}\n`;
        const plain = rowsOf(body);
        const quoted = rowsOf(`${body}"q"`);
        expect(shown(quoted.slice(0, -1))).toEqual(shown(plain));
      }),
    );
  });
});
