import { describe, expect, it } from 'vitest';
import type { Diagnostic, Result } from '../../src/model.js';
import { escapeXml, renderJunit } from '../../src/report/junit.js';
import { cityResult, provinceResult } from './fixtures.js';

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

// A minimal XML reader, enough to prove the document well-formed and read it back: it fails on an
// unbalanced tag, a raw '<' or '&' in text, or a character XML 1.0 forbids.
function parseXml(xml: string): XmlElement {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) throw new Error('forbidden control character');
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const token = /<\?[^?]*\?>|<\/([\w-]+)>|<([\w-]+)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  for (let m = token.exec(xml); m !== null && token.lastIndex <= xml.length; m = token.exec(xml)) {
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) {
      if (m[1] !== top.name) throw new Error(`</${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([\w-]+)="([^"]*)"/g))
        attrs[a[1]!] = unescapeXml(a[2]!.replace(/[\t\n\r]/g, ' '));
      const element: XmlElement = { name: m[2], attrs, children: [], text: '' };
      top.children.push(element);
      if (m[4] !== '/') stack.push(element);
    } else if (m[5] !== undefined) {
      top.text += unescapeXml(m[5].replace(/\r\n?/g, '\n'));
    }
    if (token.lastIndex === xml.length) break;
  }
  if (token.lastIndex !== xml.length || stack.length !== 1) throw new Error(`not well-formed at ${token.lastIndex}`);
  return root;
}

function unescapeXml(text: string): string {
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) throw new Error(`bare & in ${text}`);
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x?)?(\w+);/g, (_, num: string | undefined, body: string) =>
    num === undefined ? named[body]! : String.fromCodePoint(parseInt(body, num === '#x' ? 16 : 10)),
  );
}

const all = (e: XmlElement, name: string): XmlElement[] =>
  e.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);

const error = (file: string, line: number, message: string): Diagnostic => ({
  code: 'SCHEMA',
  severity: 'error',
  file,
  line,
  col: 3,
  message: { en: message, zh: `中文:${message}` },
  hint: { en: 'did you mean at_least?', zh: '是否为 at_least?' },
});
// Two invalid files: bad.yaml with two errors and a warning, worse.csv with one error.
const diagnostics: Diagnostic[] = [
  error('plans/bad.yaml', 16, 'direction must be one of at_least, at_most, approx'),
  error('plans/worse.csv', 2, 'not a number'),
  { ...error('plans/bad.yaml', 9, 'unit must be one of 人, 名'), code: 'SCHEMA' },
  {
    code: 'TARGET_SPLIT_SHORT',
    severity: 'warning',
    file: 'plans/bad.yaml',
    line: 4,
    col: 1,
    message: { en: 'children add up to 6', zh: '分解不足' },
  },
];

const en = parseXml(renderJunit([cityResult, provinceResult], diagnostics, { lang: 'en', color: false }));
const zh = parseXml(renderJunit([cityResult], [], { lang: 'zh', color: false }));
const [root] = en.children;
const caseNamed = (doc: XmlElement, name: string): XmlElement =>
  all(doc, 'testcase').find((c) => c.attrs.name === name)!;

describe('renderJunit', () => {
  // 2 plans + 2 invalid files; 4 + 2 units + 3 errors = 9 cases; 东城区 and 南山县 missed; 西城区 incomplete.
  it.each([
    ['testsuite', 4],
    ['testcase', 9],
    ['failure', 2],
    ['skipped', 1],
    ['error', 3],
    ['property', 3 + 4],
  ])('writes %s elements: %i', (name, count) => {
    expect(all(en, name).length).toBe(count);
  });

  it('sums the counts on <testsuites>', () => {
    expect(root?.attrs).toEqual({ name: 'kaohe', tests: '9', failures: '2', errors: '3', skipped: '1', time: '0' });
  });

  it('names each plan suite by the plan id, with the title as a property', () => {
    const suite = all(en, 'testsuite')[0]!;
    expect(suite.attrs).toMatchObject({ name: 'city-2010', tests: '4', failures: '2', errors: '0', skipped: '1' });
    expect(all(suite, 'property').map((p) => [p.attrs.name, p.attrs.value])).toEqual([
      ['title', '2010年度就业目标责任考核'],
      ['period', '2010'],
      ['file', 'plans/city-2010.yaml'],
    ]);
  });

  it('names each case by unit id and name, classed by the plan id', () => {
    expect(
      all(en, 'testcase')
        .slice(0, 4)
        .map((c) => [c.attrs.classname, c.attrs.name]),
    ).toEqual([
      ['city-2010', 'chengguan 城关区'],
      ['city-2010', 'dongcheng 东城区'],
      ['city-2010', 'xicheng 西城区'],
      ['city-2010', 'nanshan 南山县'],
    ]);
  });

  it('fails a missed unit with its shortfall: 5000 − 4712 = 288 persons', () => {
    const failure = all(caseNamed(en, 'dongcheng 东城区'), 'failure')[0]!;
    expect(failure.attrs).toEqual({
      type: 'missed',
      message: 'missed: 城镇新增就业: actual 4712 人, target 5000 人, short 288 人',
    });
  });

  it('lists every missed indicator and the consequences in the failure body (南山县: 50 short, 0.2 over, 5,000 yuan)', () => {
    expect(all(caseNamed(en, 'nanshan 南山县'), 'failure')[0]!.text).toBe(
      [
        '城镇新增就业: actual 2950 人, target 3000 人, short 50 人',
        '城镇登记失业率: actual 4.2%, target 4.0%, over by 0.2%',
        'fine 5,000 yuan; award eligibility withdrawn; grade down 1 (四等, already the lowest level)',
      ].join('\n'),
    );
  });

  it('skips an incomplete unit, naming what is missing', () => {
    expect(all(caseNamed(en, 'xicheng 西城区'), 'skipped')[0]!.attrs.message).toBe(
      'incomplete: no actual for 城镇登记失业率',
    );
  });

  it('passes a met unit with no child element', () => {
    expect(caseNamed(en, 'chengguan 城关区').children).toEqual([]);
  });

  it('writes the failure in Chinese under --lang zh', () => {
    expect(all(caseNamed(zh, 'dongcheng 东城区'), 'failure')[0]!.attrs.message).toBe(
      '未完成:城镇新增就业:实际 4712人,目标 5000人,差 288人',
    );
  });

  it('groups errors by file, one case each in line order, with file:line:col: message', () => {
    const bad = all(en, 'testsuite').find((s) => s.attrs.name === 'plans/bad.yaml')!;
    expect(bad.attrs).toMatchObject({ tests: '2', errors: '2', failures: '0' });
    expect(all(bad, 'error').map((e) => e.attrs.message)).toEqual([
      'plans/bad.yaml:9:3: unit must be one of 人, 名',
      'plans/bad.yaml:16:3: direction must be one of at_least, at_most, approx',
    ]);
  });

  it('puts the hint in the error body and a warning in the suite output', () => {
    const bad = all(en, 'testsuite').find((s) => s.attrs.name === 'plans/bad.yaml')!;
    expect(all(bad, 'error')[0]!.text).toBe(
      'plans/bad.yaml:9:3: unit must be one of 人, 名\nhint: did you mean at_least?',
    );
    expect(all(bad, 'system-out')[0]!.text).toBe(
      'plans/bad.yaml:4:1: warning TARGET_SPLIT_SHORT: children add up to 6',
    );
  });

  it('reads no clock: every time is 0 and there is no timestamp', () => {
    const xml = renderJunit([cityResult, provinceResult], diagnostics, { lang: 'en', color: false });
    expect([...xml.matchAll(/time="([^"]*)"/g)].map((m) => m[1])).toEqual(Array(1 + 4 + 9).fill('0'));
    expect(xml).not.toMatch(/timestamp|hostname/);
  });
});

describe('escaping', () => {
  const nasty = 'A & B <C> "D" \'E\' ]]>';
  const odd: Result = {
    ...cityResult,
    plan: { ...cityResult.plan, title: nasty },
    units: [{ ...cityResult.units[1]!, name: '东城\u0001区\n二' }],
  };
  const doc = parseXml(renderJunit([odd], [error('a<b>&"c".yaml', 1, 'x\r\ny\tz')], { lang: 'en', color: false }));

  it('reads back a title with markup characters unchanged', () => {
    expect(all(doc, 'property')[0]!.attrs.value).toBe(nasty);
  });

  it('keeps a line break in an attribute as a reference, and a control character as visible \\u text', () => {
    expect(all(doc, 'testcase')[0]!.attrs.name).toBe('dongcheng 东城\\u0001区\n二');
  });

  it('keeps CR, LF and tab of a message in an attribute', () => {
    expect(all(doc, 'error')[0]!.attrs.message).toBe('a<b>&"c".yaml:1:3: x\r\ny\tz');
  });

  it.each([
    ['a&b', false, 'a&amp;b'],
    ['<x>', false, '&lt;x&gt;'],
    ['"\'', true, '&quot;&apos;'],
    ['a\nb', false, 'a\nb'],
    ['a\nb', true, 'a&#10;b'],
    ['a\rb', false, 'a&#13;b'],
    ['a\tb', true, 'a&#9;b'],
    ['\u0000\u001b', false, '\\u0000\\u001B'],
    ['\u0085', false, '&#133;'],
    ['\uFFFF', false, '\\uFFFF'],
    ['\uD800x', false, '\uFFFDx'],
    ['\uD83D\uDE00', false, '\uD83D\uDE00'],
    ['城关区', true, '城关区'],
  ])('escapes %j (attribute %s) as %j', (text, attribute, escaped) => {
    expect(escapeXml(text, attribute)).toBe(escaped);
  });
});
