// 政绩考核降一等: a unit that misses its overall target drops `steps` grade levels (seed 003).
import type { Source } from '../../model.js';
import { msg, type RuleDefinition } from './define-rule.js';

/** A downgrade rule: the grade drops `steps` levels when the overall target is missed. */
export interface DowngradeRule {
  type: 'downgrade';
  when: 'overall_missed';
  steps: number;
  source: Source;
}

declare module '../../model.js' {
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
    if (!plan.grades)
      report(
        'NO_GRADES',
        [],
        { en: 'a downgrade rule needs grades: levels to move down', zh: '降等规则需要 grades: levels 等次' },
        {
          en: 'add grades: {levels: [一等, 二等, 三等, 四等], thresholds: [90, 75, 60]}',
          zh: '添加 grades: {levels: [一等, 二等, 三等, 四等], thresholds: [90, 75, 60]}',
        },
      );
  },
  decidesWhenIncomplete: false,
  apply(rule, { overall }) {
    const fired = overall === 'missed';
    return fired ? { fired, steps: rule.steps } : { fired };
  },
  idle: () => ({ fired: false }),
  explain: (rule, { scored }) => ({
    text:
      scored.overall === 'missed'
        ? msg(
            `overall missed, so the grade drops ${rule.steps} level${rule.steps === 1 ? '' : 's'}`,
            `总体目标未完成,政绩考核降 ${rule.steps} 等`,
          )
        : msg('no downgrade: the overall target is met', '总体目标完成,不降等'),
  }),
  settings: (r) => ({ fields: { type: r.type, when: r.when, steps: r.steps }, amounts: ['steps'] }),
  concerns: () => false,
};
