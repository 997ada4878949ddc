// 取消评先资格: a unit that misses its overall target loses this year's award eligibility.
import { defineRule } from './define-rule.js';

/** disqualify_award: withdraws award eligibility when the unit's overall target is missed. */
export const disqualifyAward = defineRule({
  type: 'disqualify_award',
  apply(_rule, { overall }) {
    const fired = overall === 'missed';
    return { fired, disqualify: fired };
  },
});
