// Gates before a quota place or a prize: 在完成目标任务基础上 (overall_met), or not disqualified (award_eligible).
import type { CohortGate, UnitResult } from '../../model.js';

/** Returns whether a unit's result passes the gate (no gate: every unit passes). */
export function passesGate(gate: CohortGate | undefined, result: UnitResult): boolean {
  if (gate === 'overall_met') return result.overall === 'met';
  if (gate === 'award_eligible') return result.award_eligible;
  return true;
}
