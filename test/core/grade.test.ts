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
    expect(gradeOf(GRADES, base, new D(score), steps)).toEqual(expected);
  });

  it('is null without grades', () => {
    expect(gradeOf(undefined, '一等', new D('100'), 1)).toBeNull();
  });

  it('gives the last level when there are no thresholds and no base grade', () => {
    expect(gradeOf({ levels: ['合格', '不合格'], thresholds: [] }, undefined, new D('100'), 0)).toEqual({
      base: '不合格',
      final: '不合格',
      steps_down: 0,
    });
  });
});
