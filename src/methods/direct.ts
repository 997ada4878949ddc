// 考核组评分 / 市评分: the points an assessment team gave are the actual; the item keeps them within its value.
import { ZERO, type D } from '../decimal.js';
import { say } from '../rules/phrase.js';
import { shown, type MethodDefinition } from './define-method.js';

/** direct's parameters: only the item's floor and cap. */
export interface DirectSpec {
  method: 'direct';
  floor?: D;
  cap?: D;
}

declare module './define-method.js' {
  interface MethodSpecs {
    direct: DirectSpec;
  }
}

/** direct: the points given, at most the weight. */
export const direct: MethodDefinition<DirectSpec> = {
  method: 'direct',
  schema: 'directMethod',
  targetless: true,
  normalise: () => ({ method: 'direct' }),
  check() {},
  score(_spec, { actual }, said) {
    said?.push(actual === null ? say('explain.m.missing') : say('explain.m.direct', { points: shown(actual) }));
    return { points: actual ?? ZERO };
  },
  defaultCap: (_spec, weight) => weight,
};
