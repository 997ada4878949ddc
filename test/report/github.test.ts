import { describe, expect, it } from 'vitest';
import type { Diagnostic, IndicatorResult, Result } from '../../src/model.js';
import {
  describeShortfall,
  escapeData,
  escapeProperty,
  formatCommand,
  placeOfTarget,
  renderGithub,
} from '../../src/report/github.js';
import { cityResult } from './fixtures.js';

// The city fixture with the places of its targets, as the core writes them: unit i's targets on line 20 + i,
// urban_new_jobs at column 14 and unemployment_rate at column 36.
const city: Result = {
  ...cityResult,
  units: cityResult.units.map((u, i) => ({
    ...u,
    indicators: u.indicators.map((ind) => ({
      ...ind,
      target_source: `plans/city-2010.yaml:${20 + i}:${ind.id === 'urban_new_jobs' ? 14 : 36}`,
    })),
  })),
};

const schemaError: Diagnostic = {
  code: 'SCHEMA',
  severity: 'error',
  file: 'plans/bad.yaml',
  line: 16,
  col: 16,
  message: {
    en: 'indicators[0].direction must be one of at_least, at_most, approx (got "atleast")',
    zh: 'indicators[0].direction 须为 at_least、at_most、approx 之一(实为 "atleast")',
  },
  hint: { en: 'did you mean at_least?', zh: '是否为 at_least?' },
};

const linesOf = (text: string): string[] => text.split('\n').filter((l) => l !== '');

describe('renderGithub', () => {
  // 东城区 is unit 1 (line 21): 5000 − 4712 = 288 persons short.
  it.each([
    [
      'en',
      '::error file=plans/city-2010.yaml,line=21,col=14,title=missed::东城区 城镇新增就业: actual 4712 人, target 5000 人, short 288 人',
    ],
    [
      'zh',
      '::error file=plans/city-2010.yaml,line=21,col=14,title=未达标::东城区 城镇新增就业:实际 4712人,目标 5000人,差 288人',
    ],
  ] as const)('annotates a missed target at its line in the plan (%s)', (lang, line) => {
    expect(linesOf(renderGithub([city], [], { lang, color: false }))).toContain(line);
  });

  it('says a missed at_most ceiling is over by the excess, with % escaped (南山县 4.2 − 4.0 = 0.2)', () => {
    expect(linesOf(renderGithub([city], [], { lang: 'en', color: false }))).toContain(
      '::error file=plans/city-2010.yaml,line=23,col=36,title=missed::南山县 城镇登记失业率: actual 4.2%25, target 4.0%25, over by 0.2%25',
    );
  });

  it('gives one error per missed indicator: 东城区 one, 南山县 two', () => {
    expect(
      linesOf(renderGithub([city], [], { lang: 'en', color: false })).filter((l) => l.includes('title=missed')).length,
    ).toBe(3);
  });

  it('warns of each missing actual of an incomplete unit (西城区, line 22)', () => {
    expect(linesOf(renderGithub([city], [], { lang: 'en', color: false }))).toContain(
      '::warning file=plans/city-2010.yaml,line=22,col=36,title=missing::西城区 城镇登记失业率: no actual',
    );
  });

  it("ends with a notice of each plan's totals (1 met, 2 missed, 1 incomplete)", () => {
    expect(linesOf(renderGithub([city], [], { lang: 'en', color: false })).at(-1)).toBe(
      '::notice file=plans/city-2010.yaml,title=city-2010::2010年度就业目标责任考核: 4 units: 1 met, 2 missed, 1 incomplete',
    );
  });

  it('only warns of a missed indicator that does not count toward overall', () => {
    const unit = city.units[1]!;
    const optional: Result = {
      ...city,
      units: [{ ...unit, indicators: unit.indicators.map((i) => ({ ...i, required: false })) }],
    };
    expect(renderGithub([optional], [], { lang: 'en', color: false })).toMatch(
      /^::warning file=plans\/city-2010\.yaml,line=21,col=14,title=missed::/,
    );
  });

  it.each([
    [
      'en',
      '::error file=plans/bad.yaml,line=16,col=16,title=SCHEMA::indicators[0].direction must be one of at_least, at_most, approx (got "atleast")%0Ahint: did you mean at_least?',
    ],
    [
      'zh',
      '::error file=plans/bad.yaml,line=16,col=16,title=SCHEMA::indicators[0].direction 须为 at_least、at_most、approx 之一(实为 "atleast")%0A提示:是否为 at_least?',
    ],
  ] as const)('annotates an error diagnostic at its place, with its hint on a second line (%s)', (lang, line) => {
    expect(renderGithub([], [schemaError], { lang, color: false })).toBe(`${line}\n`);
  });

  it('annotates a warning diagnostic as ::warning', () => {
    const warning: Diagnostic = {
      code: 'TARGET_SPLIT_SHORT',
      severity: 'warning',
      file: 'p.yaml',
      line: 3,
      col: 5,
      message: { en: 'short by 40000', zh: '少 40000' },
    };
    expect(renderGithub([], [warning], { lang: 'en', color: false })).toBe(
      '::warning file=p.yaml,line=3,col=5,title=TARGET_SPLIT_SHORT::short by 40000\n',
    );
  });

  it('names the cell of a spreadsheet diagnostic in its message', () => {
    const cell: Diagnostic = {
      code: 'ACTUALS_VALUE',
      severity: 'error',
      file: 'a.xlsx',
      line: 12,
      col: 3,
      cell: 'Sheet1!C12',
      message: { en: 'not a number', zh: '不是数字' },
    };
    expect(renderGithub([], [cell], { lang: 'en', color: false })).toBe(
      '::error file=a.xlsx,line=12,col=3,title=ACTUALS_VALUE::Sheet1!C12: not a number\n',
    );
  });

  it('lists diagnostics before results, in file then line order', () => {
    const later: Diagnostic = { ...schemaError, line: 30, message: { en: 'later', zh: '后' }, hint: undefined };
    const lines = linesOf(renderGithub([city], [later, schemaError], { lang: 'en', color: false }));
    expect(lines.slice(0, 2).map((l) => /line=(\d+)/.exec(l)?.[1])).toEqual(['16', '30']);
  });

  it('prints nothing for no results and no diagnostics', () => {
    expect(renderGithub([], [], { lang: 'en', color: false })).toBe('');
  });
});

describe('escaping', () => {
  it.each([
    ['100%', '100%25'],
    ['a\nb', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c'],
    ['%0A', '%250A'],
  ])('escapes data %j as %j', (text, escaped) => {
    expect(escapeData(text)).toBe(escaped);
  });

  it.each([
    ['a:b', 'a%3Ab'],
    ['a,b', 'a%2Cb'],
    ['50%\n', '50%25%0A'],
    ['C:\\x,y.yaml', 'C%3A\\x%2Cy.yaml'],
  ])('escapes property %j as %j', (text, escaped) => {
    expect(escapeProperty(text)).toBe(escaped);
  });

  it('escapes a file name with a colon and a comma in the command, and the data after ::', () => {
    expect(formatCommand('error', { file: 'a:b,c.yaml', line: 1, col: 2 }, 'T,1', 'x: 5%, y\nz')).toBe(
      '::error file=a%3Ab%2Cc.yaml,line=1,col=2,title=T%2C1::x: 5%25, y%0Az',
    );
  });
});

describe('placeOfTarget', () => {
  it.each([
    ['plans/x.yaml:12:5', { file: 'plans/x.yaml', line: 12, col: 5 }],
    ['C:\\plans\\x.yaml:12:5', { file: 'C:\\plans\\x.yaml', line: 12, col: 5 }],
    [undefined, { file: 'plan.yaml' }],
    ['actuals.xlsx:Sheet1!C12', { file: 'plan.yaml' }],
  ])('reads %j from the right', (source, place) => {
    expect(placeOfTarget({ target_source: source }, 'plan.yaml')).toEqual(place);
  });
});

describe('describeShortfall', () => {
  const approx = (actual: string, surplus: string): IndicatorResult => ({
    id: 'transfer',
    name: '转移就业规模',
    unit: '万人',
    direction: 'approx',
    target: '2400',
    actual,
    status: 'missed',
    surplus,
    score: '0',
  });
  // approx 2400 ± 10%: 2700 is 300 over, 2100 is 300 under.
  it.each([
    [approx('2700', '300'), 'en', '转移就业规模: actual 2700 万人, target 2400 万人, over by 300 万人'],
    [approx('2100', '-300'), 'en', '转移就业规模: actual 2100 万人, target 2400 万人, under by 300 万人'],
    [approx('2100', '-300'), 'zh', '转移就业规模:实际 2100万人,目标 2400万人,偏低 300万人'],
  ] as const)('says which way an approx value strayed (%#)', (ind, lang, text) => {
    expect(describeShortfall(ind, lang)).toBe(text);
  });

  it('shows a growth target and its rate in %, whatever the indicator counts', () => {
    // 8% compound growth wanted, 7.03% reached: 0.97 points short.
    const growth: IndicatorResult = {
      id: 'jobs',
      name: '城镇新增就业',
      unit: '人',
      direction: 'at_least',
      over_period: 'growth',
      target: '8',
      actual: '7.03',
      status: 'missed',
      surplus: '-0.97',
      score: '0',
    };
    expect(describeShortfall(growth, 'en')).toBe('城镇新增就业: actual 7.03%, target 8%, short 0.97%');
  });
});
