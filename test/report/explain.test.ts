// The explain reports, on an explanation written by hand (phrases of the catalogue with their numbers): blocks per indicator, sources after each
// step (a rule's own place first, then the places of the numbers it counts from), JSON for machines.
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../src/core/explain.js';
import { renderExplainJson, renderExplainText } from '../../src/report/explain.js';

const explanation: Explanation = {
  plan: { id: 'city-2010', title: '2010年度就业目标责任考核' },
  unit: { id: 'shiqiao', name: '石桥县' },
  steps: [
    {
      kind: 'target',
      indicator: 'jobs',
      value: '2200',
      source: 'p.yaml:109:31',
      say: {
        id: 'explain.target',
        vars: {
          name: '城镇新增就业',
          id: 'jobs',
          quantity: '2,200 人',
          direction: { id: 'explain.direction.at_least' },
        },
      },
    },
    {
      kind: 'actual',
      indicator: 'jobs',
      value: '2199',
      source: 'a.csv:32:20',
      say: { id: 'explain.actual', vars: { shown: '2,199 人' } },
    },
    {
      kind: 'comparison',
      indicator: 'jobs',
      value: 'missed',
      say: {
        id: 'explain.comparison',
        vars: { question: '2,199 ≥ 2,200', answer: { id: 'no' }, status: { id: 'status.missed' } },
      },
    },
    {
      kind: 'target',
      indicator: 'rate',
      value: '4.5',
      source: 'p.yaml:110:63',
      say: {
        id: 'explain.target',
        vars: { name: '城镇登记失业率', id: 'rate', quantity: '4.5%', direction: { id: 'explain.direction.at_most' } },
      },
    },
    {
      kind: 'overall',
      value: 'missed',
      say: {
        id: 'explain.overall',
        vars: {
          overall: { id: 'overall.missed' },
          why: { id: 'explain.overall_missed', vars: { names: { list: ['城镇新增就业', '城镇登记失业率'] } } },
        },
      },
    },
    {
      kind: 'rule',
      rule: 1,
      value: '100',
      source: 'p.yaml:132:5',
      refs: [
        { name: 'target', source: 'p.yaml:109:31' },
        { name: 'actual', source: 'a.csv:32:20' },
      ],
      say: {
        id: 'explain.per_person',
        vars: {
          counted: { id: 'explain.persons_short', vars: { expr: '2,200 − 2,199', persons: '1' } },
          money: { id: 'explain.fine', vars: { persons: '1', rate: '100', yuan: '100' } },
        },
      },
    },
    {
      kind: 'grade',
      value: '四等',
      say: { id: 'explain.grade_down', vars: { base: '三等', steps: 1, final: '四等' } },
    },
  ],
};

describe('renderExplainText', () => {
  it.each([
    [
      'en',
      [
        '2010年度就业目标责任考核 (city-2010) — 石桥县 (shiqiao)',
        '',
        '城镇新增就业 (jobs): target 2,200 人, at least (p.yaml:109:31)',
        '  actual: 2,199 人 (a.csv:32:20)',
        '  2,199 ≥ 2,200? no → missed',
        '',
        '城镇登记失业率 (rate): target 4.5%, at most (p.yaml:110:63)',
        '',
        'overall: missed (missed: 城镇新增就业, 城镇登记失业率)',
        'persons short: ceil(2,200 − 2,199) = 1; fine: 1 × 100 = 100 yuan (rule 1, p.yaml:132:5; target p.yaml:109:31; actual a.csv:32:20)',
        'grade after: 三等 down 1 → 四等',
      ],
    ],
    [
      'zh',
      [
        '2010年度就业目标责任考核 (city-2010) — 石桥县 (shiqiao)',
        '',
        '城镇新增就业(jobs):目标 2,200 人,不低于(p.yaml:109:31)',
        '  实际:2,199 人(a.csv:32:20)',
        '  2,199 ≥ 2,200?否 → 未达标',
        '',
        '城镇登记失业率(rate):目标 4.5%,不高于(p.yaml:110:63)',
        '',
        '总体目标:未完成(未达标:城镇新增就业、城镇登记失业率)',
        '少 ceil(2,200 − 2,199) = 1 人;罚款 1 × 100 = 100 元(规则 1,p.yaml:132:5;目标 p.yaml:109:31;实际 a.csv:32:20)',
        '降等后等次:三等 降 1 等 → 四等',
      ],
    ],
  ] as const)("writes a block per indicator and the unit's steps after them, with sources (%s)", (lang, lines) => {
    expect(renderExplainText(explanation, lang)).toBe(`${lines.join('\n')}\n`);
  });
});

describe('renderExplainJson', () => {
  const doc = JSON.parse(renderExplainJson(explanation, 'zh')) as { steps: Record<string, unknown>[] } & Record<
    string,
    unknown
  >;

  it('keeps the plan, the unit and every step', () => {
    expect(Object.keys(doc)).toEqual(['kaohe', 'plan', 'unit', 'steps']);
    expect(doc.steps).toHaveLength(7);
  });

  it('writes a step as kind, indicator or rule, exact value, sources and the text in the chosen language', () => {
    expect(doc.steps[5]).toEqual({
      kind: 'rule',
      rule: 1,
      value: '100',
      source: 'p.yaml:132:5',
      refs: [
        { name: 'target', source: 'p.yaml:109:31' },
        { name: 'actual', source: 'a.csv:32:20' },
      ],
      text: '少 ceil(2,200 − 2,199) = 1 人;罚款 1 × 100 = 100 元',
    });
  });
});
