// Semantic checks of a point table (评分细则) that its schema cannot express: the levels and indicators a gate names
// exist. Each mistake has its own error code and position; the words come from the catalogue (src/messages).
import { unknownLevel } from '../rules/levels.js';
import type { Plan } from '../model.js';
import { reportMistake, type Report } from './plan-checks.js';

/** Reports every mistake of the plan's point-table parts (gates on levels). */
export function checkPointTable(plan: Plan, report: Report): void {
  checkGates(plan, report);
}

function checkGates(plan: Plan, report: Report): void {
  const levels = plan.grades?.levels ?? [];
  const ids = plan.indicators.map((i) => i.id);
  (plan.grades?.gates ?? []).forEach((gate, i) => {
    if (!levels.includes(gate.level))
      reportMistake(report, 'UNKNOWN_LEVEL', ['grades', 'gates', i, 'level'], unknownLevel(gate.level, levels));
    if (gate.requires === 'overall_met') return;
    gate.requires.indicatorsMet.forEach((id, k) => {
      if (!ids.includes(id))
        reportMistake(report, 'UNKNOWN_INDICATOR', ['grades', 'gates', i, 'requires', 'indicators_met', k], {
          text: 'gate',
          vars: { id },
          near: { input: id, among: ids },
        });
    });
  });
}
