// plans/chuzhou-2012.yaml scored through the command line, against the figures worked by hand in
// test/plans/chuzhou-2012.md before the point-table engine existed (each row there shows its arithmetic).
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import { itemPoints, plain, scoredPlan, scoredUnit, sectionPoints } from '../helpers/point-table.js';

const PLAN = 'chuzhou-2012';
const ITEMS = ['urban_new_jobs', 'pension_insured', 'pension_late', 'medical_insurance_rate'] as const;
const SECTIONS = ['jobs', 'pension', 'medical'] as const;

// unit, items (in ITEMS order), sections (in SECTIONS order), total — chuzhou-2012.md "Summary"
const UNITS: [string, string[], string[], string][] = [
  ['tianchang', ['1.5', '1.2', '0.3', '1.5'], ['1.5', '1.5', '1.5'], '4.5'],
  ['mingguang', ['1.4', '1.1', '0.3', '1.5'], ['1.4', '1.4', '1.5'], '4.3'],
  ['laian', ['1.4', '1', '0.3', '0'], ['1.4', '1.3', '0'], '2.7'],
  ['quanjiao', ['1.5', '1.2', '0.3', '1.5'], ['1.5', '1.5', '1.5'], '4.5'],
  ['dingyuan', ['1', '1', '0.3', '1.5'], ['1', '1.3', '1.5'], '3.8'],
  ['fengyang', ['1.3', '1.1', '0.3', '0'], ['1.3', '1.4', '0'], '2.7'],
  ['langya', ['1.4', '1.2', '0.3', '0'], ['1.4', '1.5', '0'], '2.9'],
  ['nanqiao', ['1', '0', '0', '0'], ['1', '0', '0'], '1'],
];

describe('plans/chuzhou-2012.yaml, as worked by hand', () => {
  it.each(UNITS)('%s: items %j, sections %j, total %s', async (id, items, sections, total) => {
    const unit = await scoredUnit(PLAN, id);
    expect(ITEMS.map((item) => itemPoints(unit, item))).toEqual(items);
    expect(SECTIONS.map((section) => sectionPoints(unit, section))).toEqual(sections);
    expect(plain(unit.score)).toBe(total);
    expect(plain(unit.max_score)).toBe('4.5');
  });

  it.each([
    // exactly 5 points below: one whole step under either partial rule
    ['mingguang', 'urban_new_jobs', '95', '1.4'],
    // 99.98333…: a sliver below still costs a step (ceil), shown at 4 places
    ['laian', 'urban_new_jobs', '99.9833', '1.4'],
    // 5.6 below: 1.12 steps, ceil → 2 (floor would give 1.4)
    ['fengyang', 'urban_new_jobs', '94.4', '1.3'],
    // 25 below: 5 steps, 0.5 = the cap exactly
    ['dingyuan', 'urban_new_jobs', '75', '1'],
    // 50 below: 10 steps, 1.0 held to the 0.5 cap
    ['nanqiao', 'urban_new_jobs', '50', '1'],
    // 70 below: 14 steps, 1.2 − 1.4 floors at 0
    ['nanqiao', 'pension_insured', '30', '0'],
    // over-completion earns nothing
    ['tianchang', 'urban_new_jobs', '104', '1.5'],
  ])('%s %s: completion %s%% → %s points', async (unitId, indicator, completion, points) => {
    const item = (await scoredUnit(PLAN, unitId)).indicators.find((i) => i.id === indicator)!;
    expect(item.completion).toBe(completion);
    expect(plain(item.score)).toBe(points);
  });

  it.each([
    // 411600 ÷ 420000 = 98% exactly meets 98 (含)
    ['tianchang', 'met'],
    // 97999 ÷ 100000 = 97.999% misses
    ['laian', 'missed'],
    // the combined 市直 rate 300000 ÷ 310000 = 96.77…% for both districts
    ['langya', 'missed'],
    ['nanqiao', 'missed'],
  ])('%s: the medical insurance rate is %s', async (unitId, status) => {
    const item = (await scoredUnit(PLAN, unitId)).indicators.find((i) => i.id === 'medical_insurance_rate')!;
    expect(item.status).toBe(status);
  });

  it('fires no veto and adds no bonus: the source has neither', async () => {
    for (const unit of (await scoredPlan(PLAN)).units) {
      expect(unit.vetoes ?? []).toEqual([]);
      expect(plain(unit.bonus ?? '0')).toBe('0');
    }
  });

  it('totals 26.4 points over the eight units', async () => {
    const units = (await scoredPlan(PLAN)).units;
    expect(units.map((u) => u.id)).toEqual(UNITS.map(([id]) => id));
    expect(units.reduce((sum, u) => sum.plus(u.score), new D(0)).toFixed()).toBe('26.4');
  });
});
