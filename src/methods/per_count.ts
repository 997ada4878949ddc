// 加分项/扣分项: events counted per unit earn or cost points (GD-2008 每核实一人未兑现即扣1分,扣完为止; GD-table
// 每宣传一次得0.5分,最高得1分; 每迟报一天扣1分,迟报四天及以上不得分; Zhenjiang 受到国家表彰 +3/次). An event needs no
// target and applies to every unit; an absent row counts 0 only where the plan says `missing: zero`.
import { ZERO, type D } from '../decimal.js';
import { say } from '../rules/phrase.js';
import { shown, type MethodDefinition } from './define-method.js';

/** per_count's parameters: points added or deducted per event, the count that zeroes the item, missing rows. */
export interface PerCountSpec {
  method: 'per_count';
  add?: D;
  deduct?: D;
  zeroFrom?: D;
  missing: 'zero' | 'error';
  floor?: D;
  cap?: D;
}

declare module './define-method.js' {
  interface MethodSpecs {
    per_count: PerCountSpec;
  }
}

/** per_count: count × add from 0, or the weight less count × deduct; 0 at zero_from or more. */
export const perCount: MethodDefinition<PerCountSpec> = {
  method: 'per_count',
  schema: 'perCountMethod',
  targetless: true,
  normalise: (raw, read) => {
    const add = read.decimal(['add']);
    const deduct = read.decimal(['deduct']);
    const zeroFrom = read.decimal(['zero_from']);
    return {
      method: 'per_count',
      ...(add !== undefined && { add }),
      ...(deduct !== undefined && { deduct }),
      ...(zeroFrom !== undefined && { zeroFrom }),
      missing: raw.missing === 'zero' ? 'zero' : 'error',
    };
  },
  check() {},
  score(spec, { weight, actual }, said) {
    if (actual === null) {
      said?.push(say('explain.m.missing'));
      return { points: ZERO };
    }
    if (spec.zeroFrom !== undefined && actual.gte(spec.zeroFrom)) {
      said?.push(say('explain.m.zero_from', { count: shown(actual), from: shown(spec.zeroFrom) }));
      return { points: ZERO };
    }
    if (spec.add !== undefined) {
      const points = actual.times(spec.add);
      said?.push(say('explain.m.count_add', { count: shown(actual), each: shown(spec.add), points: shown(points) }));
      return { points };
    }
    const each = spec.deduct ?? ZERO;
    const points = weight.minus(actual.times(each));
    said?.push(
      say('explain.m.count_deduct', {
        weight: shown(weight),
        count: shown(actual),
        each: shown(each),
        points: shown(points),
      }),
    );
    return { points };
  },
  defaultCap: (spec, weight) => (spec.add !== undefined && weight.isZero() ? null : weight),
};
