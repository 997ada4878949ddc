// 功效系数法: d = 60 + 40 × (x − 不允许值) ÷ (满意值 − 不允许值), at most a cap (100: 超额不加分), then scaled to the item:
// points = weight × d ÷ 100 (the textbook formula, worked as (5.81−6)/(12−6)×40+60 = 58.73; Hubei 服务业).
import { D, minOf, ZERO } from '../decimal.js';
import type { Direction } from '../model.js';
import { say } from '../rules/phrase.js';
import { shown, type MethodDefinition } from './define-method.js';

/** efficacy's parameters: the unacceptable and satisfactory values, the coefficient's cap. */
export interface EfficacySpec {
  method: 'efficacy';
  unacceptable: D;
  satisfactory?: D;
  coefficientCap: D;
  floor?: D;
  cap?: D;
}

declare module './define-method.js' {
  interface MethodSpecs {
    efficacy: EfficacySpec;
  }
}

/** Returns whether satisfactory lies on the bad side of unacceptable for the direction (at_least: below it). */
export function efficacyInverted(direction: Direction, satisfactory: D, unacceptable: D): boolean {
  if (direction === 'at_least') return satisfactory.lt(unacceptable);
  return direction === 'at_most' && satisfactory.gt(unacceptable);
}

/** efficacy: weight × min(60 + 40 × (x − u) ÷ (s − u), cap) ÷ 100; s defaults to the unit's target. */
export const efficacy: MethodDefinition<EfficacySpec> = {
  method: 'efficacy',
  schema: 'efficacyMethod',
  targetless: false,
  normalise: (_raw, read) => {
    const satisfactory = read.decimal(['satisfactory']);
    return {
      method: 'efficacy',
      unacceptable: read.decimal(['unacceptable'])!,
      ...(satisfactory !== undefined && { satisfactory }),
      coefficientCap: read.decimal(['coefficient_cap']) ?? new D(100),
    };
  },
  check(spec, indicator, report) {
    const vars = () => ({
      satisfactory: spec.satisfactory!.toFixed(),
      unacceptable: spec.unacceptable.toFixed(),
      direction: indicator.direction,
    });
    // Satisfactory equal to unacceptable leaves the coefficient no scale (a division by 0).
    if (spec.satisfactory !== undefined && spec.satisfactory.eq(spec.unacceptable))
      report('EFFICACY_NO_SCALE', ['scoring', 'satisfactory'], { text: 'message', hint: 'hint', vars: vars() });
    // On the wrong side the scale runs backwards: 12% would score 4.4 and 6% 9.2 of 10 (probe §9).
    else if (
      spec.satisfactory !== undefined &&
      efficacyInverted(indicator.direction, spec.satisfactory, spec.unacceptable)
    )
      report('EFFICACY_DIRECTION', ['scoring', 'satisfactory'], { text: 'message', hint: 'hint', vars: vars() });
  },
  score(spec, { weight, target, actual, status }, said) {
    if (actual === null) {
      said?.push(say('explain.m.missing'));
      return { points: ZERO };
    }
    const s = spec.satisfactory ?? target;
    const u = spec.unacceptable;
    // Satisfactory equal to unacceptable leaves no scale: the item is all or nothing.
    if (s.eq(u)) {
      const points = status === 'met' ? weight : ZERO;
      said?.push(say('explain.m.no_rate', { points: shown(points) }));
      return { points };
    }
    const d = new D(60).plus(new D(40).times(actual.minus(u)).dividedBy(s.minus(u)));
    const coefficient = minOf(d, spec.coefficientCap);
    const points = weight.times(coefficient).dividedBy(100);
    said?.push(
      say('explain.m.efficacy', {
        x: shown(actual),
        u: shown(u),
        s: shown(s),
        d: shown(d),
        coefficient: shown(coefficient),
        weight: shown(weight),
        points: shown(points),
      }),
    );
    return { points };
  },
  defaultCap: (_spec, weight) => weight,
};
