// Point-table slips that gave wrong totals with exit 0 (probe §1, §7, §8, §10, §23, §24): each is refused at its
// line, or, where the plan is right, scored to the figure worked by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/core/evaluate.js';
import { loadPlan } from '../../src/load/plan.js';
import type { UnitResult } from '../../src/model.js';
import { makeActuals, OPTIONS } from '../core/make-plan.js';

const head = `kaohe: 1
plan: {id: slips, title: 示例, period: 2010}
indicators:
`;
const unit = (targets: string) => `units:\n  - {id: u, name: 甲, targets: {${targets}}}\n`;

/** Returns "line:col CODE" of every diagnostic of a plan text (the first indicator sits on line 4). */
const found = (text: string): string[] =>
  loadPlan(text, 'p.yaml').diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`);
/** Returns "line:col CODE" of the n-th (from 0) place where `needle` is written, at its `offset`-th character. */
function spot(text: string, needle: string, code: string, offset = 0, nth = 0): string {
  let index = -1;
  for (let k = 0; k <= nth; k += 1) index = text.indexOf(needle, index + 1);
  const before = text.slice(0, index + offset).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1} ${code}`;
}
const messages = (text: string): string[] => loadPlan(text, 'p.yaml').diagnostics.map((d) => d.message.en);

const jobs = (scoring: string, direction = 'at_least', unitOf = '人') =>
  `  - {id: x, name: 指标, unit: '${unitOf}', direction: ${direction}, weight: 5, scoring: ${scoring}}\n`;

describe('widths and limits that divide or bound must be above 0 (§8)', () => {
  // The error sits at the value: `every: 0` → at the 0.
  it.each([
    ['every: 0 below', '{method: steps, partial: ceil, below: {every: 0, points: 1}}', 'every: 0'],
    ['every: "0.00" as text', `{method: steps, partial: floor, above: {every: '0.00', points: 1}}`, "every: '"],
    ['zero_from: 0', '{method: per_count, deduct: 1, zero_from: 0, missing: zero}', 'zero_from: 0'],
    ['every: 0.5', '{method: steps, partial: ceil, below: {every: 0.5, points: 1}}', null],
    ['zero_from: 4', '{method: per_count, deduct: 1, zero_from: 4, missing: zero}', null],
  ])('%s', (_name, scoring, at) => {
    const text = `${head}${jobs(scoring)}${unit('x: 100')}`;
    const key = at?.replace(/[0'].*$/, '') ?? '';
    expect(found(text)).toEqual(at === null ? [] : [spot(text, at, 'SCHEMA', key.length)]);
  });

  it('says "more than 0", not a pattern', () => {
    const text = `${head}${jobs('{method: steps, partial: ceil, below: {every: 0, points: 1}}')}${unit('x: 100')}`;
    expect(messages(text)).toEqual(['indicators[0].scoring.below.every must be more than 0 (got 0)']);
  });
});

describe('bands: an empty band and the direction of the measure (§1, §8)', () => {
  const bands = (on: string, list: string) => `{method: bands, on: ${on}, bands: [${list}]}`;
  const GD = '{to: 0, deduct: 0}, {above: 0, to: 5, deduct: 2}, {above: 5, deduct: 5}';
  const EMPTY_10_5 =
    '{to: 0, deduct: 0}, {above: 0, to: 10, deduct: 2}, {above: 10, to: 5, deduct: 4}, {above: 5, deduct: 5}';
  const EMPTY_5 =
    '{to: 0, deduct: 0}, {above: 0, below: 5, deduct: 2}, {from: 5, below: 5, deduct: 3}, {from: 5, deduct: 5}';
  const POINT_5 =
    '{to: 0, deduct: 0}, {above: 0, below: 5, deduct: 2}, {from: 5, to: 5, deduct: 3}, {above: 5, deduct: 5}';
  // Each error sits where the mistake is written: `on: shortfall` at its value, an empty band at its brace.
  it.each([
    ['shortfall on an at_most rate', jobs(bands('shortfall', GD), 'at_most', '%'), [', on: ', 6, 'BANDS_DIRECTION']],
    ['completion on an at_most rate', jobs(bands('completion', GD), 'at_most', '%'), [', on: ', 6, 'BANDS_DIRECTION']],
    [
      'value on an at_most rate',
      jobs(bands('value', '{to: 4, points: 5}, {above: 4, points: 0}'), 'at_most', '%'),
      null,
    ],
    ['shortfall on an at_least count', jobs(bands('shortfall', GD)), null],
    [
      'a band from 10 to 5 (and the overlap it hid)',
      jobs(bands('shortfall', EMPTY_10_5)),
      ['{above: 10', 0, 'BAND_EMPTY'],
    ],
    ['a band [5, 5) holding nothing', jobs(bands('shortfall', EMPTY_5)), ['{from: 5, below', 0, 'BAND_EMPTY']],
    ['a band [5, 5] holding exactly 5', jobs(bands('shortfall', POINT_5)), null],
  ] as const)('%s', (_name, indicator, at) => {
    const text = `${head}${indicator}${unit('x: 4')}`;
    expect(found(text)).toEqual(at === null ? [] : [spot(text, at[0], at[2], at[1])]);
  });
});

// Three rates of 1 point's worth each, in a group of 3 points, −1 per miss.
const rate = (id: string, extra = '') => `  - {id: ${id}, name: 率${id}, unit: '%', direction: at_least${extra}}\n`;
const rates = `${rate('r1')}${rate('r2')}${rate('r3')}`;
const targets = unit('r1: 90, r2: 80, r3: 70');

describe('an item counts in one place (§7, §10)', () => {
  it('refuses an indicator in two groups, and one listed twice in a group', () => {
    const text = `${head}${rates}${targets}groups:
  - {id: g1, name: 一, points: 2, per_miss: 1, indicators: [r1, r2]}
  - {id: g2, name: 二, points: 2, per_miss: 1, indicators: [r2, r3, r3]}
`;
    // r2 again in g2, and r3 a second time in g2, each at the repeated id: r2 and r3 are each written as an id, in a
    // name (率r2), as a target and once before in a group, so the repeat is the fifth time (nth 4) each is written.
    expect(found(text)).toEqual([
      spot(text, 'r2', 'ITEM_IN_TWO_GROUPS', 0, 4),
      spot(text, 'r3', 'ITEM_IN_TWO_GROUPS', 0, 4),
    ]);
  });

  it('refuses a group member with a weight of its own, at the weight', () => {
    const text = `${head}${rate('r1', ', weight: 5')}${rate('r2')}${rate('r3')}${targets}groups:
  - {id: g1, name: 一, points: 3, per_miss: 1, indicators: [r1, r2, r3]}
`;
    expect(found(text)).toEqual([spot(text, 'weight: 5', 'GROUP_MEMBER_WEIGHT', 'weight: '.length)]);
  });

  it('refuses, with sections, an item that can score in none: a weighted one, an event that adds, a group', () => {
    const text = `${head}${rates}  - {id: w, name: 有分值, unit: 人, direction: at_least, weight: 2}
  - {id: e, name: 表彰, unit: 次, direction: at_least, scoring: {method: per_count, add: 1, missing: zero}}
  - {id: c, name: 人数, unit: 人, direction: at_least}
${unit('r1: 90, r2: 80, r3: 70, w: 10, c: 5')}groups:
  - {id: g1, name: 一, points: 3, per_miss: 1, indicators: [r1, r2, r3]}
sections:
  - {id: s, title: 一, items: [r1]}
`;
    // w (line 7) and e (line 8) can score; c weighs 0 and can only score 0, so it may sit outside; g1 (line 12) has 3.
    expect(found(text)).toEqual([
      spot(text, 'id: w,', 'ITEM_OUTSIDE_SECTIONS', 4),
      spot(text, 'id: e,', 'ITEM_OUTSIDE_SECTIONS', 4),
      spot(text, 'id: g1', 'ITEM_OUTSIDE_SECTIONS', 4),
    ]);
  });
});

describe('a negative item floor (§24: GD-rural-county S2, the −6 band on a 5-point item)', () => {
  // 完成年度转移就业目标任务 5分: shortfall (0, 5] −2, (5, 10] −4, above 10 −6; floor −1 carries the last point into the
  // section. Section 二 = transfer + 分解下达 (2 points, pass_fail). A target of 1000:
  //   甲 899 → shortfall 10.1% → 5 − 6 = −1; 分解下达 met → 2; section −1 + 2 = 1.
  //   乙 899 → −1; 分解下达 missed → 0; section −1 + 0 = −1, held at the section's floor 0.
  //   丙 950 → shortfall 5% (含) → 5 − 2 = 3; 分解下达 met → 2; section 5.
  const plan = `${head}  - id: transfer
    name: 转移就业
    unit: 人
    direction: at_least
    weight: 5
    scoring:
      method: bands
      on: shortfall
      floor: -1
      bands: [{to: 0, deduct: 0}, {above: 0, to: 5, deduct: 2}, {above: 5, to: 10, deduct: 4}, {above: 10, deduct: 6}]
  - {id: issued, name: 分解下达, unit: 项, direction: at_least, weight: 2}
units:
  - {id: a, name: 甲, targets: {transfer: 1000, issued: 1}}
  - {id: b, name: 乙, targets: {transfer: 1000, issued: 1}}
  - {id: c, name: 丙, targets: {transfer: 1000, issued: 1}}
sections:
  - {id: s2, title: 二, items: [transfer, issued]}
`;
  it('is accepted and scores −1, the section adding it and stopping at its own floor 0', () => {
    const { value, diagnostics } = loadPlan(plan, 'p.yaml');
    expect(diagnostics).toEqual([]);
    const actuals = makeActuals({
      a: { transfer: '899', issued: '1' },
      b: { transfer: '899', issued: '0' },
      c: { transfer: '950', issued: '1' },
    });
    const result = evaluatePlan(value!.plan, actuals, OPTIONS);
    const row = (u: UnitResult) => [u.indicators.map((i) => i.score), u.sections?.[0]?.subtotal, u.score];
    expect(result.units.map(row)).toEqual([
      [['-1', '2'], '1', '1'],
      [['-1', '0'], '-1', '0'],
      [['3', '2'], '5', '5'],
    ]);
  });
});

describe('a schema error inside an object method is said where it is (§23)', () => {
  it('says floor "abc" is not a decimal, and not that scoring must be pass_fail or proportional', () => {
    const text = `${head}${jobs('{method: bands, on: shortfall, floor: abc, bands: [{to: 0, deduct: 0}, {above: 0, deduct: 5}]}')}${unit('x: 100')}`;
    const said = messages(text);
    expect(said.some((m) => m.includes('must be one of pass_fail, proportional'))).toBe(false);
    expect(said.some((m) => m.startsWith('indicators[0].scoring.floor'))).toBe(true);
  });
});

describe("a section's value below its items' (§17)", () => {
  // 城镇新增就业 12 + 农村劳动力转移就业 8 = 20 points of items.
  const items = `  - {id: a, name: 甲项, unit: 人, direction: at_least, weight: 12}
  - {id: b, name: 乙项, unit: 人, direction: at_least, weight: 8}
${unit('a: 100, b: 100')}sections:
`;
  const warned = (text: string) =>
    loadPlan(text, 'p.yaml').diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.col}`);
  it.each([
    [
      'points 10 under items worth 20: a warning at the 10',
      '{id: s, title: 一, points: 10, items: [a, b]}',
      'points: 10',
    ],
    ['points 20, the items exactly', '{id: s, title: 一, points: 20, items: [a, b]}', null],
    ['cap 10 said on purpose', '{id: s, title: 一, cap: 10, items: [a, b]}', null],
    ['a bonus section worth less than its items', '{id: s, title: 加分, bonus: true, points: 10, items: [a, b]}', null],
  ])('%s', (_name, section, at) => {
    const text = `${head}${items}  - ${section}\n`;
    const expected = at === null ? [] : [`warning ${spot(text, at, 'SECTION_POINTS_SHORT', 'points: '.length)}`];
    expect(warned(text).map((w) => w.replace(/^(\w+) (\w+) (.*)$/, '$1 $3 $2'))).toEqual(expected);
  });
});

describe('efficacy with satisfactory on the wrong side of unacceptable (§9)', () => {
  // d = 60 + 40 × (x − u) ÷ (s − u): with s below u on an at_least rate, 12% would earn less than 6%.
  const efficacy = (direction: string, scale: string, target = '8') =>
    `${head}  - {id: x, name: 增长率, unit: '%', direction: ${direction}, weight: 10, scoring: {method: efficacy, ${scale}}}\n${unit(`x: ${target}`)}`;
  it.each([
    [
      'at_least, satisfactory 5 below unacceptable 10',
      efficacy('at_least', 'unacceptable: 10, satisfactory: 5'),
      'satisfactory: 5',
    ],
    [
      'at_most, satisfactory 10 above unacceptable 5',
      efficacy('at_most', 'unacceptable: 5, satisfactory: 10'),
      'satisfactory: 10',
    ],
    [
      'at_least, the target 8 (its satisfactory) below unacceptable 10',
      efficacy('at_least', 'unacceptable: 10'),
      'x: 8',
    ],
    ['at_least, satisfactory 12 above unacceptable 6', efficacy('at_least', 'unacceptable: 6, satisfactory: 12'), null],
    ['at_most, the target 8 below unacceptable 10', efficacy('at_most', 'unacceptable: 10'), null],
  ])('%s', (_name, text, at) => {
    const key = at === null ? '' : at.replace(/[0-9]+$/, '');
    expect(found(text)).toEqual(at === null ? [] : [spot(text, at, 'EFFICACY_DIRECTION', key.length)]);
  });
});
