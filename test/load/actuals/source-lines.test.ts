// Diagnostics on CSV and YAML actuals show the source line with a caret under the spot: the loader
// returns the decoded text (whatever the file's encoding and line ends), and the caret counts a Chinese
// character as two columns, as a terminal shows it.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { renderDiagnostics } from '../../../src/report/diagnostics.js';
import { load } from './load.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
const gb18030 = (text: string) => new Uint8Array(iconv.encode(text, 'gb18030'));

/** Returns the source line and caret line printed under the first diagnostic of a file. */
async function sourceLines(path: string, bytes: Uint8Array): Promise<string[]> {
  const loaded = await load(path, bytes);
  const text = loaded.value?.text;
  const out = renderDiagnostics(loaded.diagnostics.slice(0, 1), {
    lang: 'en',
    color: false,
    sources: new Map(text === undefined ? [] : [[path, text]]),
  });
  return out.split('\n').slice(1, 3);
}

describe('source lines under actuals diagnostics', () => {
  // "城关区," is 3 Chinese characters (2 columns each) and a comma: the caret starts 7 columns in,
  // and underlines the 5 characters of "12abc".
  const caret = `  | ${' '.repeat(7)}^^^^^`;
  it.each([
    ['UTF-8', utf8('单位,下岗失业人员再就业\n城关区,12abc\n')],
    ['UTF-8 with a BOM and CRLF line ends', bom('单位,下岗失业人员再就业\r\n城关区,12abc\r\n')],
    ['GB18030', gb18030('单位,下岗失业人员再就业\r\n城关区,12abc\r\n')],
  ])('puts the caret under a bad CSV value after Chinese text, in %s', async (_name, bytes) => {
    expect(await sourceLines('a.csv', bytes)).toEqual(['2 | 城关区,12abc', caret]);
  });

  // An old Mac file ends lines with CR alone: the text kept is the one the positions count (LF).
  it('shows the right line of a file with CR line ends', async () => {
    expect(await sourceLines('a.csv', utf8('单位,下岗失业人员再就业\r城关区,12abc\r'))).toEqual([
      '2 | 城关区,12abc',
      caret,
    ]);
  });

  // "      下岗失业人员再就业: " is 6 spaces, 9 Chinese characters (18 columns), a colon and a space: 26 columns.
  it('puts the caret under a bad YAML value after a Chinese key', async () => {
    const text = ['kaohe: 1', 'actuals:', '  values:', '    城关区:', '      下岗失业人员再就业: 12abc', ''].join('\n');
    expect(await sourceLines('a.yaml', utf8(text))).toEqual([
      '5 |       下岗失业人员再就业: 12abc',
      `  | ${' '.repeat(26)}^^^^^`,
    ]);
  });

  it('keeps no text for a workbook, whose diagnostics name cells instead', async () => {
    const loaded = await load('a.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    expect(loaded.value?.text).toBeUndefined();
  });
});
