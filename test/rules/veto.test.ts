import { describe, expect, it } from 'vitest';
import { veto as vetoType, type VetoRule } from '../../src/rules/veto.js';
import { at, makePlan, scoreUnit, type PlanSpec } from '../core/make-plan.js';

// Shanwei 2010's levels: 优秀 ≥ 90, 达标 ≥ 75, else 不达标. Three indicators: jobs 60 and rate 30 (binding, decide
// overall), fraud 10 (弄虚作假 cases, at_most 0, not binding: a count, not a target to meet).
const LEVELS = ['优秀', '达标', '不达标'];
function veto(spec: Partial<VetoRule>, line = 100): VetoRule {
  return { type: 'veto', when: 'overall_missed', zeroScore: false, withdrawAward: false, source: at(line), ...spec };
}
function plan(...rules: VetoRule[]): PlanSpec {
  return {
    indicators: [
      { id: 'jobs', weight: '60' },
      { id: 'rate', unit: '%', direction: 'at_most', weight: '30' },
      { id: 'fraud', unit: '次', direction: 'at_most', weight: '10', binding: false },
    ],
    units: [{ id: 'u', targets: { jobs: '6000', rate: '4.3', fraud: '0' } }],
    grades: { levels: LEVELS, thresholds: ['90', '75'] },
    rules: rules.map((r, n) => ({ ...r, source: at(100 + n) })),
  };
}
const ALL_MET = { jobs: '6000', rate: '4.3', fraud: '0' }; // 60 + 30 + 10 = 100 → 优秀
const RATE_MISSED = { jobs: '6000', rate: '4.4', fraud: '0' }; // 60 + 10 = 70 → 不达标
const FRAUD = { jobs: '6000', rate: '4.3', fraud: '2' }; // 2 cases: fraud missed, 60 + 30 = 90 → 优秀
// jobs missing and rate met → incomplete overall; one fraud case (not binding, so it does not make overall missed)
const INCOMPLETE_FRAUD = { jobs: null, rate: '4.3', fraud: '1' }; // 30 points
const INCOMPLETE = { jobs: null, rate: '4.3', fraud: '0' }; // 30 + 10 = 40 points

describe('veto', () => {
  it.each([
    [
      'does not fire while its indicator is met',
      plan(veto({ when: 'indicator_missed', indicator: 'rate', bar: '优秀' })),
      ALL_MET,
      { score: '100', grade: { base: '优秀', final: '优秀', steps_down: 0 }, award: true, vetoes: undefined },
    ],
    [
      'bars 优秀 when the named indicator is missed (a 90 falls to 达标)',
      plan(veto({ when: 'indicator_missed', indicator: 'fraud', bar: '优秀' })),
      FRAUD,
      {
        score: '90',
        grade: { base: '优秀', final: '达标', steps_down: 1 },
        award: true,
        vetoes: [{ rule: 1, when: 'indicator_missed', indicator: 'fraud', bar: '优秀', source: 'plan.yaml:100:3' }],
      },
    ],
    [
      'an event counted twice forces 不达标, zeroes the score and withdraws the award (弄虚作假)',
      plan(
        veto({
          name: '弄虚作假',
          when: 'event',
          indicator: 'fraud',
          grade: '不达标',
          zeroScore: true,
          withdrawAward: true,
        }),
      ),
      FRAUD,
      {
        score: '0',
        grade: { base: '不达标', final: '不达标', steps_down: 0 },
        award: false,
        vetoes: [
          {
            rule: 1,
            name: '弄虚作假',
            when: 'event',
            indicator: 'fraud',
            count: '2',
            grade: '不达标',
            zero_score: true,
            withdraw_award: true,
            source: 'plan.yaml:100:3',
          },
        ],
      },
    ],
    [
      'an event counted 0 does not fire',
      plan(veto({ when: 'event', indicator: 'fraud', zeroScore: true })),
      ALL_MET,
      { score: '100', grade: { base: '优秀', final: '优秀', steps_down: 0 }, award: true, vetoes: undefined },
    ],
    [
      'the overall target missed forces 不达标 on a score that would be 不达标 anyway',
      plan(veto({ when: 'overall_missed', grade: '不达标' })),
      RATE_MISSED,
      {
        score: '70',
        grade: { base: '不达标', final: '不达标', steps_down: 0 },
        award: true,
        vetoes: [{ rule: 1, when: 'overall_missed', grade: '不达标', source: 'plan.yaml:100:3' }],
      },
    ],
    [
      'fires on a missed indicator while another actual is missing (the unit is incomplete)',
      plan(veto({ when: 'indicator_missed', indicator: 'fraud', withdrawAward: true })),
      INCOMPLETE_FRAUD,
      {
        score: '30',
        grade: null, // a partial total gives no grade
        award: false,
        vetoes: [
          { rule: 1, when: 'indicator_missed', indicator: 'fraud', withdraw_award: true, source: 'plan.yaml:100:3' },
        ],
      },
    ],
    [
      'does not fire on overall_missed while the unit is incomplete',
      plan(veto({ when: 'overall_missed', zeroScore: true })),
      INCOMPLETE,
      { score: '40', grade: null, award: true, vetoes: undefined },
    ],
    [
      'applies in plan order: forced to 达标, then barred from 达标 → 不达标; both listed',
      plan(
        veto({ when: 'event', indicator: 'fraud', grade: '达标' }),
        veto({ when: 'indicator_missed', indicator: 'fraud', bar: '达标' }, 101),
      ),
      FRAUD,
      {
        score: '90',
        grade: { base: '优秀', final: '不达标', steps_down: 2 },
        award: true,
        vetoes: [
          { rule: 1, when: 'event', indicator: 'fraud', count: '2', grade: '达标', source: 'plan.yaml:100:3' },
          { rule: 2, when: 'indicator_missed', indicator: 'fraud', bar: '达标', source: 'plan.yaml:101:3' },
        ],
      },
    ],
    [
      'a forced 达标 never raises a 不达标 unit: a fraud case on a 70 (rate missed) leaves it 不达标',
      plan(veto({ when: 'event', indicator: 'fraud', grade: '达标' })),
      { jobs: '6000', rate: '4.4', fraud: '1' }, // 60 + 0 + 0 = 60 → 不达标; one case fires the veto
      {
        score: '60',
        grade: { base: '不达标', final: '不达标', steps_down: 0 },
        award: true,
        vetoes: [{ rule: 1, when: 'event', indicator: 'fraud', count: '1', grade: '达标', source: 'plan.yaml:100:3' }],
      },
    ],
    [
      'a forced 达标 takes a 优秀 unit down to 达标 (two fraud cases on a 90)',
      plan(veto({ when: 'event', indicator: 'fraud', grade: '达标' })),
      FRAUD,
      {
        score: '90',
        grade: { base: '优秀', final: '达标', steps_down: 1 },
        award: true,
        vetoes: [{ rule: 1, when: 'event', indicator: 'fraud', count: '2', grade: '达标', source: 'plan.yaml:100:3' }],
      },
    ],
  ] as const)('%s', (_name, spec, actuals, expected) => {
    const unit = scoreUnit(spec, actuals);
    expect({ score: unit.score, grade: unit.grade, award: unit.award_eligible, vetoes: unit.vetoes }).toEqual(expected);
  });

  it('keeps the score before the veto zeroed it', () => {
    const unit = scoreUnit(plan(veto({ when: 'event', indicator: 'fraud', zeroScore: true })), FRAUD);
    expect([unit.score, unit.score_before_veto]).toEqual(['0', '90']);
  });
});

describe('veto checks', () => {
  it.each([
    ['a forced level not in grades', { grade: '不合格' }, [['UNKNOWN_LEVEL', 'grade']]],
    ['a barred level not in grades', { bar: '良好' }, [['UNKNOWN_LEVEL', 'bar']]],
    ['an event without its indicator', { when: 'event' as const }, [['RULE_INDICATOR', 'when']]],
    [
      'an unknown indicator',
      { when: 'indicator_missed' as const, indicator: 'rat' },
      [['UNKNOWN_INDICATOR', 'indicator']],
    ],
    ['a known level and indicator', { when: 'event' as const, indicator: 'fraud', grade: '达标' }, []],
  ] as const)('reports %s', (_name, spec, expected) => {
    const found: string[][] = [];
    vetoType.check(veto(spec), makePlan(plan()), (code, path) => found.push([code, ...path.map(String)]));
    expect(found).toEqual(expected);
  });
});
