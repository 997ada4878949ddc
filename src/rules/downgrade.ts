// 政绩考核降一等: a unit that misses its overall target drops `steps` grade levels (seed 003).
import type { Source } from '../model.js';
import { say } from './phrase.js';
import type { RuleDefinition } from './define-rule.js';

/** A downgrade rule: the grade drops `steps` levels when the overall target is missed. */
export interface DowngradeRule {
  type: 'downgrade';
  when: 'overall_missed';
  steps: number;
  source: Source;
}

declare module '../model.js' {
  interface RuleTypes {
    downgrade: DowngradeRule;
  }
}

/** downgrade: moves the grade down `steps` levels when the unit's overall target is missed. */
export const downgrade: RuleDefinition<DowngradeRule> = {
  type: 'downgrade',
  schema: 'downgradeRule',
  normalise: (raw, read) => ({
    type: 'downgrade',
    when: 'overall_missed',
    steps: typeof raw.steps === 'number' ? raw.steps : 1,
    source: read.source,
  }),
  check(_rule, plan, report) {
    if (!plan.grades) report('NO_GRADES', [], { text: 'downgrade', hint: 'downgrade_hint' });
  },
  decidesWhenIncomplete: false,
  apply(rule, { overall }) {
    const fired = overall === 'missed';
    return fired ? { fired, steps: rule.steps } : { fired };
  },
  idle: () => ({ fired: false }),
  explain: (rule, { scored }) => ({
    say:
      scored.overall === 'missed'
        ? say(rule.steps === 1 ? 'explain.downgrade_one' : 'explain.downgrade', { steps: rule.steps })
        : say('explain.no_downgrade'),
  }),
  settings: (r) => ({ fields: { type: r.type, when: r.when, steps: r.steps }, amounts: ['steps'] }),
  concerns: () => false,
};
