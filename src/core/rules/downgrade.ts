// 政绩考核降一等: a unit that misses its overall target drops `steps` grade levels.
import { defineRule } from './define-rule.js';

/** downgrade: moves the grade down `steps` levels when the unit's overall target is missed. */
export const downgrade = defineRule({
  type: 'downgrade',
  apply(rule, { overall }) {
    const fired = overall === 'missed';
    return fired ? { fired, steps: rule.steps } : { fired };
  },
});
