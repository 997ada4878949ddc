// Plans for the actuals loader's tests, built in memory so that these tests do not depend on the
// plan loader: three districts and five indicators, one for each kind of unit conversion.
import { D } from '../../../src/decimal.js';
import type { Indicator, MeasureUnit, Plan, Unit } from '../../../src/model.js';

const at = { file: 'plan.yaml', line: 1, col: 1 };

/** Returns an indicator with the given id, name and unit of measure (at_least, weight 0). */
export function makeIndicator(id: string, name: string, unit: MeasureUnit): Indicator {
  return { id, name, unit, direction: 'at_least', weight: new D(0), binding: true, scoring: 'pass_fail', source: at };
}

/** Returns a unit with the given id and name and no targets. */
export function makeUnit(id: string, name: string): Unit {
  return { id, name, responsible: {}, targets: new Map(), source: at };
}

/**
 * Returns a one-year (2010) plan: 城关区, 东城区, 西城区 × 城镇新增就业 (万人), 城镇登记失业率 (%), 下岗失业人员再就业 (人), 职业技能培训 (人次), 就业补助资金 (万元).
 */
export function makePlan(): Plan {
  return {
    file: 'plan.yaml',
    id: 'test-2010',
    title: '测试',
    period: { from: 2010, to: 2010 },
    indicators: [
      makeIndicator('urban_new_jobs', '城镇新增就业', '万人'),
      makeIndicator('unemployment_rate', '城镇登记失业率', '%'),
      makeIndicator('reemployed', '下岗失业人员再就业', '人'),
      makeIndicator('training', '职业技能培训', '人次'),
      makeIndicator('subsidy', '就业补助资金', '万元'),
    ],
    units: [makeUnit('chengguan', '城关区'), makeUnit('dongcheng', '东城区'), makeUnit('xicheng', '西城区')],
    overall: 'binding',
    rules: [],
    actuals: [],
    source: at,
  };
}
