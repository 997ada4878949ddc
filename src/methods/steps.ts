// 阶梯计分: points off per N percentage points below the target and on per N above, each side capped (Chuzhou 2012
// 城镇新增就业 1.5分, 每下降5个百分点扣0.1分, 最多扣0.5分; Yangzhou 2022 每超出或减少0.5个百分点加减0.5分, 最高18分).
// A part of a step is counted as the plan declares: floor, ceil (不足N个百分点按N计) or pro_rata.
import { compare, type D, minOf, minus, ZERO } from '../decimal.js';
import { say } from '../rules/phrase.js';
import { shown, type MethodDefinition } from './define-method.js';

/** One side of a step rule: every N percentage points, P points, at most C in all. */
export interface StepSide {
  every: D;
  points: D;
  cap?: D;
}

/** steps' parameters. */
export interface StepsSpec {
  method: 'steps';
  measure: 'completion' | 'value';
  partial: 'floor' | 'ceil' | 'pro_rata';
  below?: StepSide;
  above?: StepSide;
  floor?: D;
  cap?: D;
}

declare module './define-method.js' {
  interface MethodSpecs {
    steps: StepsSpec;
  }
}

function sideAt(raw: unknown, key: 'below' | 'above', read: (p: (string | number)[]) => D | undefined) {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const cap = read([key, 'cap']);
  return { every: read([key, 'every'])!, points: read([key, 'points'])!, ...(cap !== undefined && { cap }) };
}

/** steps: the weight, less the steps below the target or plus the steps above it, each side within its cap. */
export const steps: MethodDefinition<StepsSpec> = {
  method: 'steps',
  schema: 'stepsMethod',
  targetless: false,
  normalise: (raw, read) => {
    const below = sideAt(raw.below, 'below', read.decimal);
    const above = sideAt(raw.above, 'above', read.decimal);
    return {
      method: 'steps',
      measure: raw.measure === 'value' ? 'value' : 'completion',
      partial: raw.partial === 'ceil' ? 'ceil' : raw.partial === 'pro_rata' ? 'pro_rata' : 'floor',
      ...(below && { below }),
      ...(above && { above }),
    };
  },
  check(spec, indicator, report) {
    // Below 100% of an at_most target is the good side: steps on the completion rate would deduct for doing better.
    if (spec.measure === 'completion' && indicator.direction === 'at_most')
      report('STEPS_DIRECTION', ['scoring'], { text: 'message', hint: 'hint' });
  },
  score(spec, input, said) {
    const { weight, target, actual, direction } = input;
    if (actual === null) {
      said?.push(say('explain.m.missing'));
      return { points: ZERO };
    }
    let distance: D;
    let completion: D | undefined;
    if (spec.measure === 'completion') {
      // A target of 0 has no completion rate: the item is all or nothing.
      if (target.isZero()) {
        const points = input.status === 'met' ? weight : ZERO;
        said?.push(say('explain.m.no_rate', { points: shown(points) }));
        return { points };
      }
      completion = actual.times(100).dividedBy(target);
      distance = completion.minus(100);
      said?.push(
        say('explain.m.completion', { actual: shown(actual), target: shown(target), rate: shown(completion) }),
      );
    } else distance = direction === 'at_most' ? minus(target, actual) : minus(actual, target);
    // The side of the target, read once: below (−1), on it (0) or above (1).
    const sign = compare(distance, ZERO);
    const side = sign < 0 ? spec.below : sign > 0 ? spec.above : undefined;
    if (side === undefined) {
      said?.push(say(sign === 0 ? 'explain.m.on_target' : 'explain.m.no_side', { points: shown(weight) }));
      return { points: weight, completion };
    }
    const gap = distance.abs();
    const raw = gap.dividedBy(side.every);
    const counted = spec.partial === 'floor' ? raw.floor() : spec.partial === 'ceil' ? raw.ceil() : raw;
    const full = counted.times(side.points);
    const change = side.cap === undefined ? full : minOf(full, side.cap);
    const points = sign < 0 ? weight.minus(change) : weight.plus(change);
    said?.push(
      say(sign < 0 ? 'explain.m.steps_below' : 'explain.m.steps_above', {
        gap: shown(gap),
        every: shown(side.every),
        steps: shown(counted),
        partial: say(`explain.m.partial.${spec.partial}`),
        each: shown(side.points),
        change: shown(change),
        capped:
          side.cap !== undefined && full.gt(side.cap) ? say('explain.m.side_capped', { cap: shown(side.cap) }) : '',
        points: shown(points),
        weight: shown(weight),
      }),
    );
    return { points, completion };
  },
  defaultCap: (spec, weight) =>
    spec.above === undefined ? weight : spec.above.cap === undefined ? null : weight.plus(spec.above.cap),
};
