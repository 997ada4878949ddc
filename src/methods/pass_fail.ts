// 完成得满分,未完成不得分: all of the item's points when its target is met, else none (GD-table 未完成计划数的扣3分).
import { ZERO, type D } from '../decimal.js';
import { say } from '../rules/phrase.js';
import { shown, type MethodDefinition } from './define-method.js';

/** pass_fail's parameters: only the item's floor and cap. */
export interface PassFailSpec {
  method: 'pass_fail';
  floor?: D;
  cap?: D;
}

declare module './define-method.js' {
  interface MethodSpecs {
    pass_fail: PassFailSpec;
  }
}

/** pass_fail: the weight when met, 0 when missed or missing. */
export const passFail: MethodDefinition<PassFailSpec> = {
  method: 'pass_fail',
  schema: 'passFailMethod',
  targetless: false,
  normalise: () => ({ method: 'pass_fail' }),
  check() {},
  score(_spec, { weight, status }, said) {
    const points = status === 'met' ? weight : ZERO;
    said?.push(say('explain.m.pass_fail', { status, points: shown(points), weight: shown(weight) }));
    return { points };
  },
  defaultCap: (_spec, weight) => weight,
};
