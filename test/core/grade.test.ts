import { describe, expect, it } from 'vitest';
import { gradeOf } from '../../src/core/grade.js';
import { D } from '../../src/decimal.js';

const GRADES = { levels: ['一等', '二等', '三等', '四等'], thresholds: [new D('90'), new D('75'), new D('60')] };

describe('gradeOf', () => {
  it.each([
    [
      'gives the first level at or above its threshold',
      undefined,
      '90',
      0,
      { base: '一等', final: '一等', steps_down: 0 },
    ],
    [
      'gives the next level just below a threshold',
      undefined,
      '89.99',
      0,
      { base: '二等', final: '二等', steps_down: 0 },
    ],
    [
      'gives the third level exactly at its threshold',
      undefined,
      '60',
      0,
      { base: '三等', final: '三等', steps_down: 0 },
    ],
    [
      'gives the last level below every threshold',
      undefined,
      '59.9',
      0,
      { base: '四等', final: '四等', steps_down: 0 },
    ],
    ['takes base_grade over the score', '三等', '100', 0, { base: '三等', final: '三等', steps_down: 0 }],
    ['moves down by the steps', '一等', '100', 2, { base: '一等', final: '三等', steps_down: 2 }],
    // 二等 + 5 steps stops at 四等, two levels down
    ['stops at the last level', '二等', '100', 5, { base: '二等', final: '四等', steps_down: 2 }],
    ['leaves an unknown base grade where it is', '五等', '100', 1, { base: '五等', final: '五等', steps_down: 0 }],
  ])('%s', (_name, base, score, steps, expected) => {
    expect(gradeOf(GRADES, base, new D(score), [{ steps }])).toEqual(expected);
  });

  it('is null without grades', () => {
    expect(gradeOf(undefined, '一等', new D('100'), [{ steps: 1 }])).toBeNull();
  });

  it('gives the last level when there are no thresholds and no base grade', () => {
    expect(gradeOf({ levels: ['合格', '不合格'], thresholds: [] }, undefined, new D('100'), [])).toEqual({
      base: '不合格',
      final: '不合格',
      steps_down: 0,
    });
  });
});

describe('gradeOf with gates and overrides', () => {
  // Shanwei 2010: 优秀 ≥ 90 (含), 达标 75 (含) to 90 (不含), 不达标 below 75.
  const SHANWEI = { levels: ['优秀', '达标', '不达标'], thresholds: [new D(90), new D(75)] };
  const EXCLUSIVE = { ...SHANWEI, exclusive: [true, false] };
  it.each([
    ['90 is 优秀 when 90 is inclusive', SHANWEI, '90', [], [], { base: '优秀', final: '优秀', steps_down: 0 }],
    [
      '90 is 达标 when 90 is exclusive ({above: 90})',
      EXCLUSIVE,
      '90',
      [],
      [],
      { base: '达标', final: '达标', steps_down: 0 },
    ],
    ['90.01 is 优秀 when 90 is exclusive', EXCLUSIVE, '90.01', [], [], { base: '优秀', final: '优秀', steps_down: 0 }],
    ['74.99 is 不达标', SHANWEI, '74.99', [], [], { base: '不达标', final: '不达标', steps_down: 0 }],
    [
      'a failed gate on 优秀 gives 达标 to a 95',
      SHANWEI,
      '95',
      [],
      ['优秀'],
      { base: '达标', final: '达标', steps_down: 0, gated_from: '优秀' },
    ],
    [
      'a failed gate on 优秀 leaves an 80 alone',
      SHANWEI,
      '80',
      [],
      ['优秀'],
      { base: '达标', final: '达标', steps_down: 0 },
    ],
    [
      'a forced level replaces the grade',
      SHANWEI,
      '95',
      [{ force: '不达标' }],
      [],
      { base: '优秀', final: '不达标', steps_down: 2 },
    ],
    [
      'a barred 优秀 moves a 95 to 达标',
      SHANWEI,
      '95',
      [{ bar: '优秀' }],
      [],
      { base: '优秀', final: '达标', steps_down: 1 },
    ],
    [
      'a barred 优秀 leaves a 达标 alone',
      SHANWEI,
      '80',
      [{ bar: '优秀' }],
      [],
      { base: '达标', final: '达标', steps_down: 0 },
    ],
    [
      'moves apply in order: forced to 不达标, then barred from 优秀, stays 不达标',
      SHANWEI,
      '95',
      [{ force: '不达标' }, { bar: '优秀' }],
      [],
      { base: '优秀', final: '不达标', steps_down: 2 },
    ],
    [
      'moves apply in order: barred from 优秀 (→ 达标), then forced to 优秀, which never raises: stays 达标',
      SHANWEI,
      '95',
      [{ bar: '优秀' }, { force: '优秀' }],
      [],
      { base: '优秀', final: '达标', steps_down: 1 },
    ],
    [
      'a forced 达标 leaves a 不达标 (score 40) where it is: a veto is a sanction, never an upgrade',
      SHANWEI,
      '40',
      [{ force: '达标' }],
      [],
      { base: '不达标', final: '不达标', steps_down: 0 },
    ],
    [
      'a forced 达标 takes a 优秀 (score 95) down one level to 达标',
      SHANWEI,
      '95',
      [{ force: '达标' }],
      [],
      { base: '优秀', final: '达标', steps_down: 1 },
    ],
  ] as const)('%s', (_name, grades, score, moves, denied, expected) => {
    expect(gradeOf(grades, undefined, new D(score), moves, denied)).toEqual(expected);
  });
});
