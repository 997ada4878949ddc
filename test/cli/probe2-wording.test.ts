// Wording found wrong by probe2 (/work/notes/probe2.md N4, N6, N7, N11, N12, N15), each checked through the command
// line against figures worked by hand: every word from the catalogue in the run's language, a missing relative item
// named, a blank `missing: zero` count said to be 0, quota demotions apart from blame, prizes by prize then place,
// normalising not called a cap, and a praise sheet headed as praise.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { renderResultsXlsx } from '../../src/report/xlsx.js';
import { runKaohe } from '../helpers/memory-io.js';
import { readWorkbook, rowValues } from '../helpers/workbook.js';

const demo = 'fixtures/cohort/relative-demo.yaml';

describe('N4: a tie-break says what it compares in the run language', () => {
  // 丙县 and 戊县 both total 30.375; section 一 gives 丙县 24.5 and 戊县 22.875 (test/plans/relative-demo.md).
  it('zh: 按一、就业指标(得分)22.875 对 24.5, no English word', async () => {
    const r = await runKaohe(['--lang', 'zh', 'explain', demo, '--unit', '戊县']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('与丙县总分相同,按一、就业指标(得分)22.875 对 24.5 分出先后');
    expect(r.stdout).not.toContain('(score)');
  });

  it('en: separated by 一、就业指标 (score) 22.875 vs 24.5', async () => {
    const r = await runKaohe(['--lang', 'en', 'explain', demo, '--unit', '戊县']);
    expect(r.stdout).toContain('equal total with 丙县, separated by 一、就业指标 (score) 22.875 vs 24.5');
  });
});

describe('N6: an incomplete unit names its missing relative item (it has no target)', () => {
  // 丙县's 新增就业增长率 cell is blank in relative-missing.csv; the item is relative_to_best, so no target.
  const plan = 'fixtures/cohort/relative-missing.yaml';
  it.each([
    ['en', 'overall: incomplete (no actual for 新增就业增长率; '],
    ['zh', '总体目标:数据不全(新增就业增长率 缺数据;'],
  ])('%s', async (lang, text) => {
    const r = await runKaohe(['--lang', lang, 'explain', plan, '--unit', '丙县']);
    expect(r.stdout).toContain(text);
  });

  it('junit and github name it too', async () => {
    const junit = await runKaohe(['score', plan, '--allow-missing', '--format', 'junit', '--lang', 'en']);
    expect(junit.stdout).toContain('message="incomplete: no actual for 新增就业增长率"');
    const github = await runKaohe(['score', plan, '--allow-missing', '--format', 'github', '--lang', 'en']);
    expect(github.stdout).toContain('title=missing::丙县 新增就业增长率: no actual');
  });
});

describe('N7: a blank count under missing: zero is said to be 0', () => {
  // 丁县's 未按时下达任务次数 cell is blank; missing: zero reads it as 0 times, so 2 − 0 × 1 = 2 points.
  const plan = 'fixtures/points/blank-zero.yaml';
  it.each([
    ['en', 'actual: blank, counted as 0 (missing: zero)', 'actual: none'],
    ['zh', '实际:空白,按 0 计(missing: zero)', '该指标缺数据'],
  ])('%s', async (lang, said, unsaid) => {
    const r = await runKaohe(['--lang', lang, 'explain', plan, '--unit', 'd', '--indicator', 'task_issued_late']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(said);
    expect(r.stdout).not.toContain(unsaid);
    expect(r.stdout).toContain('2 − 0');
  });
});

describe('N11: quota demotions are neither praise nor blame; prizes by prize, then place', () => {
  // 优秀 quota 30% × 21 = 6.3 → 6; 8 units reach it, so 深圳市 (7th, 95) and 东莞市 (8th, 91.5) are graded 达标.
  it('lists 深圳市 and 东莞市 under 等次调整, not under 问责名单', async () => {
    const r = await runKaohe(['--lang', 'zh', 'score', 'plans/guangdong-rural-2010.yaml']);
    expect(r.stdout).toContain(
      '等次调整:\n  深圳市:未评优秀(超出名额),评为达标\n  东莞市:未评优秀(超出名额),评为达标\n',
    );
    expect(r.stdout.slice(r.stdout.indexOf('问责名单'))).not.toContain('超出名额');
    const md = await runKaohe(['--lang', 'en', 'score', 'plans/guangdong-rural-2010.yaml', '--format', 'markdown']);
    expect(md.stdout).toContain('Grades changed by a quota');
    expect(md.stdout.slice(md.stdout.indexOf('Accountability list'))).not.toContain('over the quota');
  });

  it('lists Nantong prizes 1st, 2nd, 3rd of the county prize, then the district prize', async () => {
    const r = await runKaohe(['--lang', 'zh', 'score', 'plans/nantong-2007.yaml']);
    const praise = r.stdout.slice(r.stdout.indexOf('表扬与奖励'), r.stdout.indexOf('问责名单'));
    const names = [...praise.matchAll(/^ {2}(\S+?):/gm)].map((m) => m[1]);
    expect(names).toEqual(['如皋市', '海安县', '如东县', '崇川区']);
  });
});

describe('N12: the github notice says normalising, and titles in the run language', () => {
  // 乙县's bonus section: subtotal 12, top 18 over the cap 15, so 12 × 15 ÷ 18 = 10.
  it('zh: 小计 12,按 15 ÷ 18 折算为 10/15分; title 未达标 for 丁县', async () => {
    const r = await runKaohe(['--lang', 'zh', 'score', demo, '--format', 'github']);
    expect(r.stdout).toContain('二、加分:小计 12,按 15 ÷ 18 折算为 10/15分');
    expect(r.stdout).not.toContain('限为 10');
    expect(r.stdout).toContain('title=未达标::丁县');
    expect(r.stdout).not.toContain('title=missed');
  });

  it('en: 12 scaled by 15 ÷ 18 to 10 of 15', async () => {
    const r = await runKaohe(['--lang', 'en', 'score', demo, '--format', 'github']);
    expect(r.stdout).toContain('二、加分: 12 scaled by 15 ÷ 18 to 10 of 15');
  });
});

describe('N15: the xlsx praise sheet is headed as praise', () => {
  it.each([
    ['zh', '表扬与奖励', '表扬/奖励事项', '问责名单', '问责事项'],
    ['en', 'Praise and prizes', 'praise or prize', 'Accountability list', 'consequences'],
  ] as const)('%s', async (lang, praiseSheet, praiseHeader, blameSheet, blameHeader) => {
    const run = await runKaohe(['score', 'plans/nantong-2007.yaml', '--format', 'json']);
    const result = JSON.parse(run.stdout) as Result;
    const book = await readWorkbook(await renderResultsXlsx([result], { lang, color: false }));
    expect(rowValues(book.getWorksheet(praiseSheet)!, 1)).toContain(praiseHeader);
    expect(rowValues(book.getWorksheet(praiseSheet)!, 1)).not.toContain(blameHeader);
    expect(rowValues(book.getWorksheet(blameSheet)!, 1)).toContain(blameHeader);
  });
});
