// 取消评先资格: a unit that misses its overall target loses this year's award eligibility (seed 003).
import type { Source } from '../model.js';
import { say } from './phrase.js';
import type { RuleDefinition } from './define-rule.js';

/** A disqualify_award rule: award eligibility withdrawn when the overall target is missed. */
export interface DisqualifyAwardRule {
  type: 'disqualify_award';
  when: 'overall_missed';
  source: Source;
}

declare module '../model.js' {
  interface RuleTypes {
    disqualify_award: DisqualifyAwardRule;
  }
}

/** disqualify_award: withdraws award eligibility when the unit's overall target is missed. */
export const disqualifyAward: RuleDefinition<DisqualifyAwardRule> = {
  type: 'disqualify_award',
  schema: 'disqualifyAwardRule',
  normalise: (_raw, read) => ({ type: 'disqualify_award', when: 'overall_missed', source: read.source }),
  check() {},
  decidesWhenIncomplete: false,
  apply(_rule, { overall }) {
    const fired = overall === 'missed';
    return { fired, disqualify: fired };
  },
  idle: () => ({ fired: false }),
  explain(_rule, { scored }) {
    const missed = scored.overall === 'missed';
    return {
      value: String(!missed),
      say: say(missed ? 'explain.award_withdrawn' : 'explain.award_kept'),
    };
  },
  settings: (r) => ({ fields: { type: r.type, when: r.when } }),
  concerns: () => false,
};
