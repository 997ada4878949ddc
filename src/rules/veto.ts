// 一票否决 and overrides: a named condition — an indicator missed, an event counted (弄虚作假), the overall target
// missed — forces the grade to a level, bars a level, sets the score to 0 or withdraws award eligibility (Lanzhou 2012
// "未完成任务一票否决"; GD-2011 弄虚作假 → 取消表彰; wage-arrears schemes: listed events force grade C).
import { D } from '../decimal.js';
import type { Phrase } from '../messages/index.js';
import type { Source } from '../model.js';
import { say } from './phrase.js';
import { unknownLevel } from './levels.js';
import type { RuleContext, RuleDefinition, RuleOutcome } from './define-rule.js';

/** A veto rule: what triggers it, and its effects (any of them together). */
export interface VetoRule {
  type: 'veto';
  name?: string;
  when: 'overall_missed' | 'indicator_missed' | 'event';
  indicator?: string;
  grade?: string;
  bar?: string;
  zeroScore: boolean;
  withdrawAward: boolean;
  source: Source;
}

declare module '../model.js' {
  interface RuleTypes {
    veto: VetoRule;
  }
}

const WHEN = new Set(['overall_missed', 'indicator_missed', 'event']);

/** veto: fires on its condition, whatever the score, and applies each effect it declares. */
export const veto: RuleDefinition<VetoRule> = {
  type: 'veto',
  schema: 'vetoRule',
  normalise: (raw, read) => ({
    type: 'veto',
    ...(typeof raw.name === 'string' && { name: raw.name }),
    when: WHEN.has(String(raw.when)) ? (raw.when as VetoRule['when']) : 'overall_missed',
    ...(typeof raw.indicator === 'string' && { indicator: raw.indicator }),
    ...(typeof raw.grade === 'string' && { grade: raw.grade }),
    ...(typeof raw.bar === 'string' && { bar: raw.bar }),
    zeroScore: raw.zero_score === true,
    withdrawAward: raw.withdraw_award === true,
    source: read.source,
  }),
  check(rule, plan, report) {
    const levels = plan.grades?.levels;
    for (const key of ['grade', 'bar'] as const) {
      const level = rule[key];
      if (level !== undefined && !levels?.includes(level)) report('UNKNOWN_LEVEL', [key], unknownLevel(level, levels));
    }
    const ids = plan.indicators.map((i) => i.id);
    if (rule.when !== 'overall_missed' && rule.indicator === undefined)
      report('RULE_INDICATOR', ['when'], { text: 'veto', hint: 'veto_hint', vars: { when: rule.when } });
    else if (rule.indicator !== undefined && !ids.includes(rule.indicator))
      report('UNKNOWN_INDICATOR', ['indicator'], {
        text: 'rule',
        vars: { id: rule.indicator },
        near: { input: rule.indicator, among: ids },
      });
  },
  // An indicator missed or an event counted is decided on its own, even while another actual is missing.
  decidesWhenIncomplete: true,
  apply(rule, context) {
    const trigger = triggerOf(rule, context);
    if (!trigger.fired) return { fired: false, ...(rule.indicator !== undefined && { indicator: rule.indicator }) };
    return effectsOf(rule, trigger.count);
  },
  idle: (rule) => ({ fired: false, ...(rule.indicator !== undefined && { indicator: rule.indicator }) }),
  explain(rule, { scored, effect }) {
    const name = rule.name === undefined ? '' : say('explain.veto_name', { name: rule.name });
    const fired = scored.vetoes?.find((v) => v.rule === effect.rule);
    const condition = conditionSaid(rule, fired?.count);
    if (!effect.fired) return { say: say('explain.veto_idle', { name, condition }) };
    const effects = effectsSaid(rule, scored.score_before_veto ?? scored.score);
    return { value: 'fired', say: say('explain.veto_fired', { name, condition, effects }) };
  },
  settings: (r) => ({
    fields: {
      type: r.type,
      name: r.name,
      when: r.when,
      indicator: r.indicator,
      grade: r.grade,
      bar: r.bar,
      zero_score: r.zeroScore,
      withdraw_award: r.withdrawAward,
    },
  }),
  concerns: (rule, id) => rule.indicator === id,
};

// Whether the condition holds for this unit, and the event count when it is an event.
function triggerOf(rule: VetoRule, { overall, indicators }: RuleContext): { fired: boolean; count?: D } {
  if (rule.when === 'overall_missed') return { fired: overall === 'missed' };
  const evaluated = rule.indicator === undefined ? undefined : indicators.get(rule.indicator);
  if (evaluated === undefined) return { fired: false };
  if (rule.when === 'indicator_missed') return { fired: evaluated.status === 'missed' };
  // An event fires at a count above 0; a missing count decides nothing.
  const actual = evaluated.result.actual;
  if (actual === null) return { fired: false };
  const count = new D(actual);
  return { fired: count.gt(0), count };
}

function effectsOf(rule: VetoRule, count: D | undefined): RuleOutcome {
  return {
    fired: true,
    ...(rule.indicator !== undefined && { indicator: rule.indicator }),
    ...(rule.grade !== undefined && { forceGrade: rule.grade }),
    ...(rule.bar !== undefined && { barLevel: rule.bar }),
    ...(rule.zeroScore && { zeroScore: true }),
    ...(rule.withdrawAward && { disqualify: true }),
    override: {
      ...(rule.name !== undefined && { name: rule.name }),
      when: rule.when,
      ...(rule.indicator !== undefined && { indicator: rule.indicator }),
      ...(count !== undefined && { count: count.toFixed() }),
      ...(rule.grade !== undefined && { grade: rule.grade }),
      ...(rule.bar !== undefined && { bar: rule.bar }),
      ...(rule.zeroScore && { zero_score: true }),
      ...(rule.withdrawAward && { withdraw_award: true }),
    },
  };
}

function conditionSaid(rule: VetoRule, count: string | undefined): Phrase {
  const id = rule.indicator ?? '';
  if (rule.when === 'overall_missed') return say('explain.veto.overall_missed');
  if (rule.when === 'indicator_missed') return say('explain.veto.indicator_missed', { id });
  return count === undefined ? say('explain.veto.event', { id }) : say('explain.veto.event_count', { id, count });
}

// The effects in the order they are declared, joined as each language lists them.
function effectsSaid(rule: VetoRule, before: string): Phrase {
  const said: Phrase[] = [
    ...(rule.grade !== undefined ? [say('explain.veto.grade', { level: rule.grade })] : []),
    ...(rule.bar !== undefined ? [say('explain.veto.bar', { level: rule.bar })] : []),
    ...(rule.zeroScore ? [say('explain.veto.zero_score', { before })] : []),
    ...(rule.withdrawAward ? [say('explain.veto.withdraw_award')] : []),
  ];
  return said.reduceRight((rest, first) => say('explain.join', { first, rest }));
}
