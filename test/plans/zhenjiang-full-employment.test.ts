// plans/zhenjiang-full-employment.yaml scored through the command line, against the figures worked by hand in
// test/plans/zhenjiang-full-employment.md before the point-table engine existed.
import { describe, expect, it } from 'vitest';
import { itemPoints, plain, scoredPlan, scoredUnit, sectionPoints } from '../helpers/point-table.js';

const PLAN = 'zhenjiang-full-employment';

// Section 一's items in the table's order: the team score, items 21–27, the groups 28, 29, 38, 39 and item 40.
const STANDARD = [
  'team_score',
  'leading_group',
  'startup_policy',
  'guide_fund',
  'incubator',
  'project_collection',
  'startup_models',
  'startup_training_pass_rate',
  'startup_success_rate',
  'guidance_centre',
  'guidance_services',
  'streets_without_association',
  'training_rates',
  'employment_rates',
  'city_targets',
  'training_targets',
  'other_targets_missed',
] as const;
// The bonus items, each before the nested media cap (media_items: 0.1 per item).
const BONUS = [
  'national_honours',
  'provincial_honours',
  'city_honours',
  'typical_promotion',
  'articles',
  'media_items',
] as const;

// unit, section 一 items (STANDARD order), section 一, bonus items (BONUS order), bonus subtotal before the caps,
// media after its nested cap, bonus, total — zhenjiang-full-employment.md, unit by unit
const UNITS: [string, string[], string, string[], string, string, string, string][] = [
  [
    'danyang',
    ['58.5', '1', '1', '2', '2', '2', '1', '2', '2', '1', '1', '1', '3', '4', '4', '3', '5'],
    '93.5',
    ['3', '4', '0', '0', '2', '2.5'],
    '11.5',
    '2',
    '10',
    '103.5',
  ],
  [
    'jurong',
    ['60', '1', '1', '2', '2', '2', '1', '2', '0', '1', '0', '1', '2', '2', '4', '2', '4'],
    '87',
    ['3', '2', '2', '1', '0', '2'],
    '10',
    '2',
    '10',
    '97',
  ],
  [
    'yangzhong',
    ['55', '1', '1', '0', '2', '2', '0', '2', '2', '1', '1', '0', '3', '3', '2', '3', '3'],
    '81',
    ['0', '2', '0', '0', '1', '0.7'],
    '3.7',
    '0.7',
    '3.7',
    '84.7',
  ],
  [
    'jingkou',
    ['57', '1', '1', '2', '2', '2', '1', '2', '2', '1', '1', '1', '3', '4', '0', '3', '5'],
    '88',
    ['0', '0', '1', '0', '0', '3'],
    '4',
    '2',
    '3',
    '91',
  ],
  [
    'runzhou',
    ['52', '1', '1', '2', '0', '2', '1', '0', '2', '1', '1', '1', '1', '1', '4', '1', '0'],
    '71',
    ['0', '0', '0', '0', '0', '0'],
    '0',
    '0',
    '0',
    '71',
  ],
  [
    'dantu',
    ['59', '1', '1', '2', '2', '2', '1', '2', '2', '1', '1', '1', '3', '4', '2', '3', '4'],
    '91',
    ['6', '6', '0', '0', '0', '0'],
    '12',
    '0',
    '10',
    '101',
  ],
  [
    'xinqu',
    ['0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
    '0',
    ['0', '0', '0', '0', '0', '0'],
    '0',
    '0',
    '0',
    '0',
  ],
];

describe('plans/zhenjiang-full-employment.yaml, as worked by hand', () => {
  it.each(UNITS)('%s: section 一 items', async (id, standard) => {
    const unit = await scoredUnit(PLAN, id);
    expect(STANDARD.map((item) => [item, itemPoints(unit, item)])).toEqual(
      STANDARD.map((item, i) => [item, standard[i]]),
    );
  });

  it.each(UNITS)(
    '%s: section 一 %s, bonus items, bonus and total',
    async (id, _items, standard, bonusItems, _raw, media, bonus, total) => {
      const unit = await scoredUnit(PLAN, id);
      expect(sectionPoints(unit, 'standard')).toBe(standard);
      expect(BONUS.map((item) => [item, itemPoints(unit, item)])).toEqual(
        BONUS.map((item, i) => [item, bonusItems[i]]),
      );
      const section = unit.sections!.find((s) => s.id === 'bonus')!;
      const mediaCap = section.caps!.find((c) => c.items.includes('media_items'))!;
      expect([plain(mediaCap.cap), plain(mediaCap.score)]).toEqual(['2', media]);
      expect(sectionPoints(unit, 'bonus')).toBe(bonus);
      expect(plain(unit.bonus)).toBe(bonus);
      expect(plain(unit.score)).toBe(total);
    },
  );

  // result.schema.json: a section's subtotal is "the items' points summed, before the caps" (the nested one too)
  it.each(UNITS.map(([id, , , , raw]) => [id, raw]))(
    '%s: the bonus items sum to %s before any cap',
    async (id, raw) => {
      const section = (await scoredUnit(PLAN, id)).sections!.find((s) => s.id === 'bonus')!;
      expect(plain(section.subtotal)).toBe(raw);
    },
  );

  it.each([
    // 29: 2 of 4 rates missed → 4 − 2
    ['jurong', 'employment_rates', ['post_training_reemployment_rate', 'landless_employment_rate'], '2'],
    // 38: 2 missed at −2 each → exactly 0
    ['jingkou', 'city_targets', ['reemployed', 'community_employment'], '0'],
    // 38: all 3 missed → 4 − 6 → floor 0 (扣完为止)
    ['xinqu', 'city_targets', ['reemployed', 'community_employment', 'hard_to_employ'], '0'],
    // 28: rates exactly on 80 and 90 meet; 97.9 < 98 misses
    ['jurong', 'training_rates', ['retraining_pass_rate'], '2'],
  ])('%s group %s: missed %j → %s', async (unitId, group, missed, points) => {
    const result = (await scoredUnit(PLAN, unitId)).groups!.find((g) => g.id === group)!;
    expect(result.missed).toEqual(missed);
    expect(plain(result.score)).toBe(points);
  });

  it('reads an absent bonus row as 0 (missing: zero) and asks every unit for item 40', async () => {
    const runzhou = await scoredUnit(PLAN, 'runzhou');
    expect(runzhou.overall).not.toBe('incomplete');
    expect(itemPoints(runzhou, 'national_honours')).toBe('0');
    // 5 misses − 5 × 1 = exactly 0; 7 misses at 镇江新区 floor at 0
    expect(itemPoints(runzhou, 'other_targets_missed')).toBe('0');
    expect(itemPoints(await scoredUnit(PLAN, 'xinqu'), 'other_targets_missed')).toBe('0');
  });

  it('fires no veto and grades no unit: the retrieved text has neither', async () => {
    for (const unit of (await scoredPlan(PLAN)).units) {
      expect(unit.vetoes ?? []).toEqual([]);
      expect(unit.grade).toBeNull();
    }
  });
});
