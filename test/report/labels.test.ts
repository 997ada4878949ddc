import { describe, expect, it } from 'vitest';
import { LABELS } from '../../src/messages/labels.js';
import { CSV_COLUMNS, countWord, label, listLabelKeys, punctuation } from '../../src/report/labels.js';

const keys = listLabelKeys();

describe('labels', () => {
  it('has a label for every CSV column', () => {
    for (const column of CSV_COLUMNS) expect(keys).toContain(`csv.${column}`);
  });

  it.each(keys)('%s differs between English and Chinese', (key) => {
    expect(LABELS[key].en).not.toBe(LABELS[key].zh);
  });

  it.each([
    ['status.met', 'zh', '达标'],
    ['status.missed', 'zh', '未达标'],
    ['status.missing', 'zh', '缺数据'],
    ['overall.met', 'zh', '完成'],
    ['overall.missed', 'zh', '未完成'],
    ['overall.incomplete', 'zh', '数据不全'],
    ['role.head', 'zh', '行政一把手'],
    ['role.deputy', 'zh', '班子分管成员'],
    ['role.department_head', 'zh', '具体工作部门负责人'],
    ['role.staff', 'zh', '具体工作人员'],
    ['budget.default', 'zh', '奖励资金按方案规定列支'],
    ['consequence.award_withdrawn', 'zh', '取消评先资格'],
    ['csv.penalty_yuan', 'en', 'penalty_yuan'],
  ] as const)('%s in %s reads %s', (key, lang, expected) => {
    expect(label(key, lang)).toBe(expected);
  });

  it.each([
    ['zh', { n: '一' }, '政绩考核降一等'],
    ['en', { n: 2 }, 'grade down 2'],
  ] as const)('fills the grade_down placeholder in %s', (lang, vars, expected) => {
    expect(label('consequence.grade_down', lang, vars)).toBe(expected);
  });

  it('leaves a placeholder it has no value for visible rather than printing "undefined"', () => {
    // @ts-expect-error: the compiler requires {yuan}; at run time a missing value stays visible.
    expect(label('consequence.fine', 'en')).toBe('fine {yuan} yuan');
  });

  it('rejects an unknown key at compile time', () => {
    // @ts-expect-error: 'col.nope' is not a LabelKey, so tsc fails if the key set ever loosens to string.
    expect(() => label('col.nope', 'en')).toThrow();
  });

  it.each([
    [1, 'zh', '一'],
    [2, 'zh', '两'],
    [3, 'zh', '三'],
    [10, 'zh', '十'],
    [11, 'zh', '11'],
    [2, 'en', '2'],
  ] as const)('says %i in %s as %s', (n, lang, expected) => {
    expect(countWord(n, lang)).toBe(expected);
  });

  it('uses full-width punctuation in Chinese and ASCII in English', () => {
    expect(punctuation('zh').colon).toBe(':');
    expect(punctuation('en').colon).toBe(': ');
  });
});
