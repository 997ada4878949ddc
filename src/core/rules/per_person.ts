// 每超额一人奖励、每少一人罚款: whole persons of surplus earn a reward, each person short a fine.
import { D, TEN_THOUSAND, ZERO } from '../../decimal.js';
import type { MeasureUnit } from '../../model.js';
import { defineRule } from './define-rule.js';

// Persons are counted in persons even when the indicator is kept in 万人 (5.23 万人 = 52300 persons).
function personsPer(unit: MeasureUnit): D {
  return unit === '万人' ? TEN_THOUSAND : new D(1);
}

/**
 * per_person: reward = floor(surplus persons) × reward, penalty = ceil(persons short) × penalty, each when its
 * condition holds.
 */
export const perPerson = defineRule({
  type: 'per_person',
  apply(rule, { overall, indicators }) {
    const evaluated = indicators.get(rule.indicator);
    // No target or no actual for the indicator: the rule has nothing to count.
    if (evaluated === undefined || evaluated.surplus === null) return { fired: false, indicator: rule.indicator };
    const surplus = evaluated.surplus.times(personsPer(evaluated.indicator.unit));
    const indicatorMet = evaluated.status === 'met';
    const rewardHolds = rule.rewardWhen === 'overall_met' ? overall === 'met' : indicatorMet;
    const penaltyHolds = rule.penaltyWhen === 'overall_missed' ? overall === 'missed' : !indicatorMet;
    // A shortfall of 0.1 person is one person short; a surplus of 0.9 person is no one.
    const persons = surplus.gte(0) ? surplus.floor() : surplus.negated().ceil();
    const rewarding = surplus.gt(0) && rewardHolds && persons.gt(0);
    const penalising = surplus.lt(0) && penaltyHolds && persons.gt(0);
    return {
      fired: rewarding || penalising,
      indicator: rule.indicator,
      persons: persons.toNumber(),
      reward: rewarding ? persons.times(rule.reward) : ZERO,
      penalty: penalising ? persons.times(rule.penalty) : ZERO,
    };
  },
});
