// 第1名得满分,其余按比例: points = value ÷ best × weight, the best value among the units compared (all, or the unit's
// group) earning the whole weight. Sources (SCHEMES.md M13): the new-urbanisation assessment's employment item
// "新增就业人数占就业人口总数的比重 3分 … 第1名得满分,非第一名按比例得分"; 海盐 "增幅最高的得10分,其余按
// (增幅实际值/增幅最高值)*10"; jacss7498's 折合分 = average ÷ highest average × 40. A cohort method: every unit's value
// is read first (src/core/cohort/relative.ts), then each unit's points.
import { ZERO, type D } from '../decimal.js';
import { say } from '../rules/phrase.js';
import { shown, type MethodDefinition } from './define-method.js';

/** relative_to_best's parameters: which units are compared (all, or the unit's own group), the floor and cap. */
export interface RelativeToBestSpec {
  method: 'relative_to_best';
  among: 'all' | 'group';
  floor?: D;
  cap?: D;
}

declare module './define-method.js' {
  interface MethodSpecs {
    relative_to_best: RelativeToBestSpec;
  }
}

/**
 * relative_to_best: value ÷ best × weight (at_least only: the plan check refuses at_most and approx, for which no
 * source states a formula). A best of 0 or less leaves no proportion: the units holding it earn the weight, the others
 * 0. A unit without a value scores 0 and is not compared.
 */
export const relativeToBest: MethodDefinition<RelativeToBestSpec> = {
  method: 'relative_to_best',
  schema: 'relativeToBestMethod',
  targetless: true,
  normalise: (raw) => ({ method: 'relative_to_best', among: raw.among === 'group' ? 'group' : 'all' }),
  check(_spec, indicator, report) {
    if (indicator.direction !== 'at_least')
      report('RELATIVE_DIRECTION', ['direction'], {
        text: 'message',
        hint: 'hint',
        vars: { id: indicator.id, direction: indicator.direction },
      });
  },
  // Before the cohort is read nothing is known; the cohort phase always replaces this.
  score(_spec, _input, said) {
    said?.push(say('explain.m.cohort_pending'));
    return { points: ZERO };
  },
  cohort(_spec, { weight, actual }, { best, bestCount, of }, said) {
    if (actual === null || best === null) {
      said?.push(say('explain.m.missing'));
      return { points: ZERO };
    }
    const tie = () => (bestCount > 1 ? say('explain.m.best_shared', { count: bestCount }) : '');
    if (actual.eq(best)) {
      said?.push(say('explain.m.relative_best', { value: shown(actual), of, tie: tie(), weight: shown(weight) }));
      return { points: weight };
    }
    if (best.lte(ZERO)) {
      said?.push(say('explain.m.relative_no_scale', { value: shown(actual), best: shown(best) }));
      return { points: ZERO };
    }
    // Multiply before dividing, so that 3 × 4.2 ÷ 5.6 is exactly 2.25 and an unending quotient is divided only once.
    const points = weight.times(actual).dividedBy(best);
    said?.push(
      say('explain.m.relative', {
        value: shown(actual),
        best: shown(best),
        weight: shown(weight),
        points: shown(points),
      }),
    );
    return { points };
  },
  defaultCap: (_spec, weight) => weight,
};
