// Semantic checks of a point table (评分细则) that its schema cannot express: levels named by gates exist, and the
// indicators a gate names exist. Each mistake has its own error code and position.
import { unknownLevel } from '../core/grade.js';
import type { Msg, Plan } from '../model.js';
import type { Report } from './plan-checks.js';

type Suggest = (input: string, candidates: Iterable<string>) => Msg | undefined;

/** Reports every mistake of the plan's point-table parts (gates on levels). */
export function checkPointTable(plan: Plan, report: Report, suggest: Suggest): void {
  checkGates(plan, report, suggest);
}

function checkGates(plan: Plan, report: Report, suggest: Suggest): void {
  const levels = plan.grades?.levels ?? [];
  const ids = plan.indicators.map((i) => i.id);
  (plan.grades?.gates ?? []).forEach((gate, i) => {
    if (!levels.includes(gate.level))
      report(
        'UNKNOWN_LEVEL',
        ['grades', 'gates', i, 'level'],
        unknownLevel(gate.level, plan.grades?.levels),
        suggest(gate.level, levels),
      );
    if (gate.requires === 'overall_met') return;
    gate.requires.indicatorsMet.forEach((id, k) => {
      if (!ids.includes(id))
        report(
          'UNKNOWN_INDICATOR',
          ['grades', 'gates', i, 'requires', 'indicators_met', k],
          { en: `gate names unknown indicator "${id}"`, zh: `门槛中的指标 "${id}" 不存在` },
          suggest(id, ids),
        );
    });
  });
}
