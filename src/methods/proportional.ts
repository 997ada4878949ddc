// 按完成比例得分: weight × actual ÷ target; over-completion earns more only where declared (超额加分), else the
// weight caps it (超额不加分; 海盐 "(增幅实际值/增幅目标值)*10分计算得分,最高得10分").
import { type D, minOf, ZERO } from '../decimal.js';
import { say } from '../rules/phrase.js';
import { shown, type MethodDefinition } from './define-method.js';

/** proportional's parameters: whether over-completion earns, the item's floor and cap. */
export interface ProportionalSpec {
  method: 'proportional';
  overCompletion: boolean;
  floor?: D;
  cap?: D;
}

declare module './define-method.js' {
  interface MethodSpecs {
    proportional: ProportionalSpec;
  }
}

/** proportional: weight × actual ÷ target (at_least only), at most the weight unless over-completion earns. */
export const proportional: MethodDefinition<ProportionalSpec> = {
  method: 'proportional',
  schema: 'proportionalMethod',
  targetless: false,
  normalise: (raw) => ({ method: 'proportional', overCompletion: raw.over_completion === 'earns' }),
  check() {},
  score(spec, { weight, target, actual, status }, said) {
    if (actual === null) {
      said?.push(say('explain.m.missing'));
      return { points: ZERO };
    }
    // A target of 0 has no share to take: the item is all or nothing.
    if (target.isZero()) {
      const points = status === 'met' ? weight : ZERO;
      said?.push(say('explain.m.pass_fail', { status, points: shown(points), weight: shown(weight) }));
      return { points };
    }
    // Multiply before dividing so that 40 × 5000 / 8000 is exactly 25.
    const share = weight.times(actual).dividedBy(target);
    const points = spec.overCompletion ? share : minOf(share, weight);
    said?.push(
      say('explain.m.proportional', {
        weight: shown(weight),
        actual: shown(actual),
        target: shown(target),
        points: shown(points),
      }),
    );
    return { points, completion: actual.times(100).dividedBy(target) };
  },
  defaultCap: (spec, weight) => (spec.overCompletion ? null : weight),
  settings: (spec) => ({
    over_completion: spec.overCompletion ? 'earns' : 'none',
    ...(spec.floor !== undefined && { floor: shown(spec.floor) }),
    ...(spec.cap !== undefined && { cap: shown(spec.cap) }),
  }),
};
