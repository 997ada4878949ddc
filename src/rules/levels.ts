// Levels named by rules and gates: a name the plan's grades do not have is the user's mistake.
import type { RuleMistake } from './define-rule.js';

/** Returns the mistake of naming a level the plan's grades lack (a gate's or a veto's), for the catalogue to word. */
export function unknownLevel(level: string, levels: readonly string[] | undefined): RuleMistake {
  if (levels === undefined) return { text: 'no_grades', hint: 'no_grades_hint', vars: { level } };
  return {
    text: 'message',
    hint: 'hint',
    vars: { level, levels: levels.join(', ') },
    near: { input: level, among: levels },
  };
}
