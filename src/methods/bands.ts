// 分档计分: a table of ranges on the completion rate, the shortfall % or the value, each edge declared inclusive or
// exclusive, scoring points or a deduction (GD rural transfer 5分: 差额5%以内(含5%)扣2分, 5%-10%扣4分, 超过10%扣6分;
// county 人保局: 80%以上得1分, 50%以上得0.5分). The bands must cover every value, edge to edge: validate says where not.
import { type D, ZERO } from '../decimal.js';
import { say } from '../rules/phrase.js';
import { shown, type MethodDefinition } from './define-method.js';

/** One edge of a band: its value and whether the value itself is inside the band. */
export interface BandEdge {
  value: D;
  inclusive: boolean;
}

/** One band: its edges (absent = open) and what it scores: the item's points, or a deduction from the weight. */
export interface Band {
  lower?: BandEdge;
  upper?: BandEdge;
  points?: D;
  deduct?: D;
}

/** bands' parameters. */
export interface BandsSpec {
  method: 'bands';
  on: 'completion' | 'shortfall' | 'value';
  bands: Band[];
  floor?: D;
  cap?: D;
}

declare module './define-method.js' {
  interface MethodSpecs {
    bands: BandsSpec;
  }
}

/** Returns whether x lies in the band, each edge as declared. */
export function inBand(band: Band, x: D): boolean {
  const { lower, upper } = band;
  const aboveLower = lower === undefined || (lower.inclusive ? x.gte(lower.value) : x.gt(lower.value));
  const belowUpper = upper === undefined || (upper.inclusive ? x.lte(upper.value) : x.lt(upper.value));
  return aboveLower && belowUpper;
}

/** Returns a band's range as text: [5, 10], (5, 10], (10, ∞). */
export function bandText(band: Band): string {
  const lo = band.lower === undefined ? '(-∞' : `${band.lower.inclusive ? '[' : '('}${shown(band.lower.value)}`;
  const hi = band.upper === undefined ? '∞)' : `${shown(band.upper.value)}${band.upper.inclusive ? ']' : ')'}`;
  return `${lo}, ${hi}`;
}

function edgeOf(raw: Record<string, unknown>, i: number, read: (p: (string | number)[]) => D | undefined) {
  const at = (key: string) => (raw[key] === undefined ? undefined : read(['bands', i, key]));
  const from = at('from');
  const above = at('above');
  const to = at('to');
  const below = at('below');
  const points = at('points');
  const deduct = at('deduct');
  return {
    ...(from !== undefined && { lower: { value: from, inclusive: true } }),
    ...(above !== undefined && { lower: { value: above, inclusive: false } }),
    ...(to !== undefined && { upper: { value: to, inclusive: true } }),
    ...(below !== undefined && { upper: { value: below, inclusive: false } }),
    ...(points !== undefined && { points }),
    ...(deduct !== undefined && { deduct }),
  };
}

/** bands: the points (or the weight less the deduction) of the band the measured value falls in. */
export const bands: MethodDefinition<BandsSpec> = {
  method: 'bands',
  schema: 'bandsMethod',
  targetless: false,
  normalise: (raw, read) => ({
    method: 'bands',
    on: raw.on === 'shortfall' ? 'shortfall' : raw.on === 'value' ? 'value' : 'completion',
    bands: (Array.isArray(raw.bands) ? raw.bands : []).map((b: Record<string, unknown>, i: number) =>
      edgeOf(b, i, read.decimal),
    ),
  }),
  check(spec, indicator, report) {
    checkCoverage(spec.bands, report);
    // Completion and shortfall read "more is better": for a ceiling (城镇登记失业率控制在N%以内) a unit over it would
    // sit in the good bands. No scheme found scores a ceiling by completion (SCHEMES.md M17: pass/fail, or the rate's
    // own points), so the plan is refused rather than guessed at; `on: value` bands the rate itself.
    if (spec.on !== 'value' && indicator.direction === 'at_most')
      report('BANDS_DIRECTION', ['scoring', 'on'], { text: 'message', hint: 'hint', vars: { on: spec.on } });
  },
  score(spec, { weight, target, actual, status }, said) {
    if (actual === null) {
      said?.push(say('explain.m.missing'));
      return { points: ZERO };
    }
    if (spec.on !== 'value' && target.isZero()) {
      const points = status === 'met' ? weight : ZERO;
      said?.push(say('explain.m.no_rate', { points: shown(points) }));
      return { points };
    }
    const completion = spec.on === 'value' ? undefined : actual.times(100).dividedBy(target);
    const x =
      spec.on === 'value'
        ? actual
        : spec.on === 'completion'
          ? completion!
          : target.minus(actual).times(100).dividedBy(target);
    const band = spec.bands.find((b) => inBand(b, x));
    // The loader refuses bands that leave a value uncovered; none found is a bug.
    if (band === undefined) throw new Error(`kaohe: no band holds ${x.toFixed()}`);
    const points = band.points ?? weight.minus(band.deduct ?? ZERO);
    said?.push(
      say(`explain.m.on.${spec.on}`, { actual: shown(actual), target: shown(target), x: shown(x) }),
      band.points !== undefined
        ? say('explain.m.band_points', { band: bandText(band), points: shown(points) })
        : say('explain.m.band_deduct', {
            band: bandText(band),
            deduct: shown(band.deduct ?? ZERO),
            weight: shown(weight),
            points: shown(points),
          }),
    );
    return { points, completion };
  },
  defaultCap: (_spec, weight) => weight,
  // Each band as it reads: its range and what it scores ("(0, 5] deduct 2").
  settings: (spec) => ({
    on: spec.on,
    ...Object.fromEntries(
      spec.bands.map((b, i) => [
        `bands.${i}`,
        `${bandText(b)} ${b.points !== undefined ? `points ${shown(b.points)}` : `deduct ${shown(b.deduct ?? ZERO)}`}`,
      ]),
    ),
    ...(spec.floor !== undefined && { floor: shown(spec.floor) }),
    ...(spec.cap !== undefined && { cap: shown(spec.cap) }),
  }),
};

// Bands ascend and meet edge to edge: each begins where the one before ends, the shared edge in exactly one of them;
// the first is open below and the last open above.
function checkCoverage(list: readonly Band[], report: Parameters<MethodDefinition['check']>[2]): void {
  list.forEach((band, i) => {
    const path = ['scoring', 'bands', i];
    const { lower, upper } = band;
    // A band whose lower edge is above its upper one (or meets it with an edge left out) holds no value at all.
    if (
      lower !== undefined &&
      upper !== undefined &&
      (lower.value.gt(upper.value) || (lower.value.eq(upper.value) && !(lower.inclusive && upper.inclusive)))
    )
      report('BAND_EMPTY', path, { text: 'message', hint: 'hint', vars: { band: bandText(band) } });
    if (i === 0 && band.lower !== undefined)
      report('BAND_GAP', path, { text: 'below_first', vars: { band: bandText(band) } });
    if (i === list.length - 1 && band.upper !== undefined)
      report('BAND_GAP', path, { text: 'above_last', vars: { band: bandText(band) } });
    const before = list[i - 1];
    if (before === undefined) return;
    const end = before.upper;
    const start = band.lower;
    if (
      end === undefined ||
      start === undefined ||
      start.value.lt(end.value) ||
      (start.value.eq(end.value) && start.inclusive && end.inclusive)
    ) {
      report('BAND_OVERLAP', path, {
        text: 'message',
        hint: 'hint',
        vars: { band: bandText(band), before: bandText(before) },
      });
    } else if (start.value.gt(end.value) || (!start.inclusive && !end.inclusive)) {
      report('BAND_GAP', path, {
        text: 'message',
        hint: 'hint',
        vars: { band: bandText(band), before: bandText(before) },
      });
    }
  });
}
