// The explain reports, on an explanation written by hand: blocks per indicator, sources after each
// step (a rule's own place first, then the places of the numbers it counts from), JSON for machines.
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../src/core/explain.js';
import { renderExplainJson, renderExplainText } from '../../src/report/explain.js';

const m = (en: string, zh: string) => ({ en, zh });
const explanation: Explanation = {
  plan: { id: 'city-2010', title: '2010年度就业目标责任考核' },
  unit: { id: 'shiqiao', name: '石桥县' },
  steps: [
    {
      kind: 'target',
      indicator: 'jobs',
      value: '2200',
      source: 'p.yaml:109:31',
      text: m('jobs: target 2,200', 'jobs:目标 2,200'),
    },
    { kind: 'actual', indicator: 'jobs', value: '2199', source: 'a.csv:32:20', text: m('actual: 2,199', '实际:2,199') },
    {
      kind: 'comparison',
      indicator: 'jobs',
      value: 'missed',
      text: m('2,199 ≥ 2,200? no → missed', '2,199 ≥ 2,200?否 → 未达标'),
    },
    {
      kind: 'target',
      indicator: 'rate',
      value: '4.5',
      source: 'p.yaml:110:63',
      text: m('rate: target 4.5%', 'rate:目标 4.5%'),
    },
    { kind: 'overall', value: 'missed', text: m('overall: missed', '总体目标:未完成') },
    {
      kind: 'rule',
      rule: 1,
      value: '100',
      source: 'p.yaml:132:5',
      refs: [
        { name: 'target', source: 'p.yaml:109:31' },
        { name: 'actual', source: 'a.csv:32:20' },
      ],
      text: m(
        'persons short: ceil(2,200 − 2,199) = 1; fine: 1 × 100 = 100 yuan',
        '少 ceil(2,200 − 2,199) = 1 人;罚款 1 × 100 = 100 元',
      ),
    },
    { kind: 'grade', value: '四等', text: m('grade after: 三等 down 1 → 四等', '降等后等次:三等 降 1 等 → 四等') },
  ],
};

describe('renderExplainText', () => {
  it.each([
    [
      'en',
      [
        '2010年度就业目标责任考核 (city-2010) — 石桥县 (shiqiao)',
        '',
        'jobs: target 2,200 (p.yaml:109:31)',
        '  actual: 2,199 (a.csv:32:20)',
        '  2,199 ≥ 2,200? no → missed',
        '',
        'rate: target 4.5% (p.yaml:110:63)',
        '',
        'overall: missed',
        'persons short: ceil(2,200 − 2,199) = 1; fine: 1 × 100 = 100 yuan (rule 1, p.yaml:132:5; target p.yaml:109:31; actual a.csv:32:20)',
        'grade after: 三等 down 1 → 四等',
      ],
    ],
    [
      'zh',
      [
        '2010年度就业目标责任考核 (city-2010) — 石桥县 (shiqiao)',
        '',
        'jobs:目标 2,200(p.yaml:109:31)',
        '  实际:2,199(a.csv:32:20)',
        '  2,199 ≥ 2,200?否 → 未达标',
        '',
        'rate:目标 4.5%(p.yaml:110:63)',
        '',
        '总体目标:未完成',
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
