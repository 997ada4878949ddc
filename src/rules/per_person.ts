// 每超额一人奖励、每少一人罚款: whole persons of surplus earn a reward, each person short a fine (seed 003, the city's
// 2010 work plan: 100 yuan per person above target; 100 yuan per person short when the overall target is missed).
import { D, TEN_THOUSAND, ZERO, toPlain } from '../decimal.js';
import type { Phrase } from '../messages/index.js';
import type { MeasureUnit, Source } from '../model.js';
import { say } from './phrase.js';
import type { RuleDefinition, RuleExplainContext, RuleExplanation } from './define-rule.js';

/** A per_person rule: yuan per whole person of surplus, yuan per person short, each on its condition. */
export interface PerPersonRule {
  type: 'per_person';
  indicator: string;
  reward: D;
  penalty: D;
  rewardWhen: 'overall_met' | 'indicator_met';
  penaltyWhen: 'overall_missed' | 'indicator_missed';
  source: Source;
}

declare module '../model.js' {
  interface RuleTypes {
    per_person: PerPersonRule;
  }
}

const PERSON_UNITS = new Set(['人', '名', '万人']);

// Persons are counted in persons even when the indicator is kept in 万人 (5.23 万人 = 52300 persons).
function personsPer(unit: MeasureUnit): D {
  return unit === '万人' ? TEN_THOUSAND : new D(1);
}

/**
 * per_person: reward = floor(surplus persons) × reward, penalty = ceil(persons short) × penalty, each when its
 * condition holds.
 */
export const perPerson: RuleDefinition<PerPersonRule> = {
  type: 'per_person',
  schema: 'perPersonRule',
  normalise: (raw, read) => ({
    type: 'per_person',
    indicator: String(raw.indicator),
    reward: read.decimal('reward') ?? ZERO,
    penalty: read.decimal('penalty') ?? ZERO,
    rewardWhen: raw.reward_when === 'indicator_met' ? 'indicator_met' : 'overall_met',
    penaltyWhen: raw.penalty_when === 'indicator_missed' ? 'indicator_missed' : 'overall_missed',
    source: read.source,
  }),
  check(rule, plan, report) {
    const ind = plan.indicators.find((i) => i.id === rule.indicator);
    const among = plan.indicators.map((i) => i.id);
    if (ind === undefined)
      report('UNKNOWN_INDICATOR', ['indicator'], {
        text: 'rule',
        vars: { id: rule.indicator },
        near: { input: rule.indicator, among },
      });
    else if (ind.direction !== 'at_least' || !PERSON_UNITS.has(ind.unit))
      report('RULE_INDICATOR', ['indicator'], {
        text: 'message',
        hint: 'hint',
        vars: { id: ind.id, direction: ind.direction, unit: ind.unit },
      });
  },
  decidesWhenIncomplete: false,
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
  idle: (rule) => ({ fired: false, indicator: rule.indicator }),
  explain: explainPerPerson,
  settings: (r) => ({
    fields: {
      type: r.type,
      indicator: r.indicator,
      reward: toPlain(r.reward),
      penalty: toPlain(r.penalty),
      reward_when: r.rewardWhen,
      penalty_when: r.penaltyWhen,
    },
    amounts: ['reward', 'penalty'],
  }),
  concerns: (rule, id) => rule.indicator === id,
};

function explainPerPerson(rule: PerPersonRule, { plan, scored, effect, n }: RuleExplainContext): RuleExplanation {
  const ind = scored.indicators.find((i) => i.id === rule.indicator);
  const indicator = plan.indicators.find((i) => i.id === rule.indicator);
  if (ind === undefined || indicator === undefined) {
    return { say: say('explain.per_person_no_target', { indicator: rule.indicator }) };
  }
  if (ind.actual === null || ind.surplus === null) {
    return { say: say('explain.per_person_no_actual', { indicator: ind.name ?? ind.id }) };
  }
  const [a, t] = [n(ind.actual), n(ind.target)];
  const short = new D(ind.surplus).lt(0);
  // Persons short is the shortfall written the right way round: ceil(6000 − 5712), not ceil(−(5712 − 6000)).
  const good = indicator.direction === 'at_most' ? `${t} − ${a}` : `${a} − ${t}`;
  const bad = indicator.direction === 'at_most' ? `${a} − ${t}` : `${t} − ${a}`;
  const expr = indicator.unit === '万人' ? `(${short ? bad : good}) × 10000` : short ? bad : good;
  const persons = String(effect.persons ?? 0);
  const counted = say(short ? 'explain.persons_short' : 'explain.persons_surplus', { expr, persons: n(persons) });
  const [rate, yuan] = short ? [rule.penalty, effect.penalty_yuan ?? '0'] : [rule.reward, effect.reward_yuan ?? '0'];
  const paid = new D(yuan).gt(0);
  const money = paid
    ? say(short ? 'explain.fine' : 'explain.reward', { persons: n(persons), rate: n(rate), yuan: n(yuan) })
    : persons === '0'
      ? say('explain.no_money')
      : conditionNotMet(short ? rule.penaltyWhen : rule.rewardWhen, short);
  const refs = [
    ...(ind.target_source === undefined ? [] : [{ name: 'target' as const, source: ind.target_source }]),
    ...(ind.actual_source === undefined ? [] : [{ name: 'actual' as const, source: ind.actual_source }]),
  ];
  return {
    value: yuan,
    say: say('explain.per_person', { counted, money }),
    ...(refs.length > 0 && { refs }),
  };
}

function conditionNotMet(
  when: 'overall_met' | 'overall_missed' | 'indicator_met' | 'indicator_missed',
  short: boolean,
): Phrase {
  const what = say(short ? 'explain.no_fine' : 'explain.no_reward');
  return say('explain.condition_not_met', { what, needs: say(`explain.needs.${when}`) });
}
