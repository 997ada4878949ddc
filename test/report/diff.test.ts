// The diff reports, on diffs written by hand: one correction of 石桥县 (2199 → 2201 persons) that
// turns its fine of 100 yuan into a reward of 100 (net −100 → 100, delta +200), and one plan change.
import { describe, expect, it } from 'vitest';
import type { PlanDiff, ResultDiff } from '../../src/core/diff.js';
import { diffReporters, renderDiffCsv, renderDiffJson } from '../../src/report/diff.js';
import { buildDiffLines, signed } from '../../src/report/diff-rows.js';

const corrected: ResultDiff = {
  kind: 'results',
  differs: true,
  plans: [
    {
      id: 'city-2010',
      title: '2010年度就业目标责任考核',
      change: 'changed',
      unchangedUnits: 7,
      inputs: [],
      rows: [
        {
          change: 'changed',
          unit: 'shiqiao',
          unitName: '石桥县',
          fields: [
            { field: 'overall', old: 'missed', new: 'met' },
            { field: 'net_yuan', old: '-100', new: '100', delta: '200' },
            { field: 'award_eligible', old: 'false', new: 'true' },
          ],
        },
        {
          change: 'changed',
          unit: 'shiqiao',
          unitName: '石桥县',
          indicator: 'urban_new_jobs',
          indicatorName: '城镇新增就业',
          fields: [
            { field: 'actual', old: '2199', new: '2201', delta: '2' },
            { field: 'status', old: 'missed', new: 'met' },
          ],
        },
        { change: 'added', unit: 'xinqu', unitName: '新区', fields: [{ field: 'score', old: null, new: '100' }] },
      ],
      totals: [{ field: 'net_yuan', old: '30300', new: '30500', delta: '200' }],
    },
  ],
};

const planDiff: PlanDiff = {
  kind: 'plans',
  differs: true,
  old: { id: 'city-2010', title: 't' },
  new: { id: 'city-2010', title: 't' },
  changes: [
    {
      field: 'units[chengguan].targets.urban_new_jobs',
      change: 'changed',
      old: '6000',
      new: '16500',
      delta: '10500',
      source: 'new.yaml:59:31',
    },
    { field: 'units[xinqu]', change: 'added', old: null, new: '新区', source: 'new.yaml:99:5' },
    { field: 'indicators[x].precision', change: 'added', old: null, new: '1', source: 'new.yaml:20:5' },
  ],
};

const opts = { lang: 'en' as const, old: 'v1.json', new: 'v2.json' };

describe('signed', () => {
  it.each([
    ['200', '+200'],
    ['-100', '-100'],
    ['0.05', '+0.05'],
    [undefined, ''],
  ])('writes %s as %s', (delta, expected) => {
    expect(signed(delta)).toBe(expected);
  });
});

describe('buildDiffLines', () => {
  it.each([
    [
      'en',
      [
        'overall|missed|met|',
        'net (yuan)|-100|100|+200',
        'award eligible|no|yes|',
        'actual|2199|2201|+2',
        'status|missed|met|',
        'score||100|',
        'net (yuan)|30300|30500|+200',
      ],
    ],
    [
      'zh',
      [
        '总体目标|未完成|完成|',
        '净额(元)|-100|100|+200',
        '评先资格|否|是|',
        '实际值|2199|2201|+2',
        '指标状态|未达标|达标|',
        '得分||100|',
        '净额(元)|30300|30500|+200',
      ],
    ],
  ] as const)('words the fields and values in %s', (lang, expected) => {
    expect(buildDiffLines(corrected, lang).map((l) => [l.label, l.old, l.new, l.delta].join('|'))).toEqual(expected);
  });
});

describe('the results diff table', () => {
  it('names each unit and indicator once, groups thousands and aligns the delta to the right', () => {
    expect(diffReporters.table(corrected, opts)).toBe(
      [
        'v1.json → v2.json',
        '',
        '2010年度就业目标责任考核 (city-2010)',
        'unit          indicator     field           old     new     delta',
        '────────────  ────────────  ──────────────  ──────  ──────  ─────',
        '石桥县                      overall         missed  met',
        '                            net (yuan)      -100    100      +200',
        '                            award eligible  no      yes',
        '              城镇新增就业  actual          2,199   2,201      +2',
        '                            status          missed  met',
        '新区 (added)                score                   100',
        'total                       net (yuan)      30,300  30,500   +200',
        '7 units unchanged',
        '',
      ].join('\n'),
    );
  });

  it('names both plan ids when two years are compared', () => {
    const years: ResultDiff = {
      ...corrected,
      plans: [{ ...corrected.plans[0]!, id: 'city-2011', oldId: 'city-2010' }],
    };
    expect(diffReporters.table(years, opts).split('\n')[2]).toBe('2010年度就业目标责任考核 (city-2010 → city-2011)');
  });

  it('says "no changes" and counts the units of an unchanged plan', () => {
    const same: ResultDiff = {
      kind: 'results',
      differs: false,
      plans: [{ id: 'p', title: 'T', change: 'unchanged', rows: [], totals: [], unchangedUnits: 8, inputs: [] }],
    };
    expect(diffReporters.table(same, { ...opts, lang: 'zh' })).toBe(
      'v1.json → v2.json\n\nT (p)\n无变化(8 个单位无变化)\n',
    );
  });
});

describe('the other results formats', () => {
  it('writes one CSV row per changed field, with the change and a signed delta', () => {
    expect(renderDiffCsv(corrected, opts).split('\n').slice(0, 3)).toEqual([
      'plan_id,unit_id,unit_name,indicator_id,indicator_name,change,field,old,new,delta',
      'city-2010,shiqiao,石桥县,,,changed,overall,missed,met,',
      'city-2010,shiqiao,石桥县,,,changed,net_yuan,-100,100,+200',
    ]);
  });

  it('writes CSV headers and words in Chinese', () => {
    expect(renderDiffCsv(corrected, { ...opts, lang: 'zh' }).split('\n')[7]).toBe(
      'city-2010,,,,,合计,净额(元),30300,30500,+200',
    );
  });

  it('writes Markdown with escaped cells and the count of unchanged units', () => {
    const md = diffReporters.markdown(corrected, opts);
    expect(md).toContain('| 石桥县 |  | net (yuan) | -100 | 100 | +200 |');
    expect(md).toContain('\n\n7 units unchanged\n');
  });

  it('writes JSON with the inputs, whether anything differs, and the values as in the results', () => {
    const doc = JSON.parse(renderDiffJson(corrected, opts)) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['kaohe', 'kind', 'old', 'new', 'differs', 'plans']);
    expect(doc).toMatchObject({ kind: 'results', old: 'v1.json', new: 'v2.json', differs: true });
    expect((doc.plans as ResultDiff['plans'])[0]!.rows[0]!.fields[2]).toEqual({
      field: 'award_eligible',
      old: 'false',
      new: 'true',
    });
  });
});

describe('the plan diff', () => {
  it('writes one line per setting, by path, with the delta and where the new value is', () => {
    expect(diffReporters.table(planDiff, opts)).toBe(
      [
        'v1.json → v2.json',
        '',
        'units[chengguan].targets.urban_new_jobs: 6,000 → 16,500 (+10,500)  (new.yaml:59:31)',
        'units[xinqu]: added 新区  (new.yaml:99:5)',
        'indicators[x].precision: — → 1  (new.yaml:20:5)',
        '',
      ].join('\n'),
    );
  });

  it('says so when the plans score alike', () => {
    expect(diffReporters.table({ ...planDiff, changes: [], differs: false }, opts)).toBe(
      'v1.json → v2.json\n\nthe plans score the same way\n',
    );
  });

  it.each([
    ['csv', 'units[xinqu],added,,新区,,new.yaml:99:5'],
    ['markdown', '| units\\[xinqu\\] | added |  | 新区 |  | new.yaml:99:5 |'],
  ] as const)('writes the plan changes as %s', (format, row) => {
    expect(diffReporters[format](planDiff, opts)).toContain(row);
  });
});
