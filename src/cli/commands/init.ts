// `kaohe init [DIR]`: a starter plan, its actuals and the plan schema (for editor completion),
// written only where nothing exists yet: kaohe never overwrites a file the user has.
import { posix } from 'node:path';
import { SCHEMA_TEXTS } from '../../generated/schema-texts.js';
import { EXIT, fileError, reportDiagnostics, type Context } from '../context.js';
import { errorText, labelText } from '../../messages/index.js';
import type { Lang } from '../../model.js';

// The starter plan after its first lines, which say what to do with it in the user's language (planIn).
const PLAN_BODY = `#   kaohe validate plan.yaml && kaohe score plan.yaml
kaohe: 1
plan:
  id: my-plan
  title: 2026年度就业目标责任考核
  issuer: 某市人民政府
  period: 2026
indicators:
  - id: urban_new_jobs
    name: 城镇新增就业
    unit: 人
    direction: at_least
    weight: 60
  - id: unemployment_rate
    name: 城镇登记失业率
    unit: '%'
    direction: at_most
    weight: 40
    precision: 1
units:
  - id: chengguan
    name: 城关区
    responsible: {head: 张某, deputy: 李某, department_head: 王某, staff: 赵某}
    targets: {urban_new_jobs: 6000, unemployment_rate: 4.3}
  - id: dongcheng
    name: 东城区
    responsible: {head: 刘某, deputy: 陈某, department_head: 杨某, staff: 黄某}
    targets: {urban_new_jobs: 5000, unemployment_rate: 4.5}
grades:
  levels: [一等, 二等, 三等, 四等]
  thresholds: [90, 75, 60]
rules:
  - type: per_person          # 每超额一人奖励100元,每少1人罚100元
    indicator: urban_new_jobs
    reward: 100
    penalty: 100
  - type: disqualify_award    # 取消本年度评先资格
    when: overall_missed
  - type: downgrade           # 政绩考核降一等
    when: overall_missed
    steps: 1
actuals: [actuals.csv]
`;

/** Returns the starter plan with its opening comment in `lang`. */
function planIn(lang: Lang): string {
  return `# yaml-language-server: $schema=plan.schema.json\n${labelText('init.header')[lang]}\n${PLAN_BODY}`;
}

const ACTUALS = `单位,城镇新增就业(人),城镇登记失业率(%)
城关区,6184,4.2
东城区,4890,4.4
`;

/** Writes the starter files into `dir` (default: the current directory) and returns 0, or 2 when one already exists. */
export async function runInit(ctx: Context, dir = '.'): Promise<number> {
  const files: [string, string][] = [
    ['plan.yaml', planIn(ctx.lang)],
    ['actuals.csv', ACTUALS],
    ['plan.schema.json', SCHEMA_TEXTS.plan],
  ];
  const kind = await ctx.io.stat(dir);
  if (kind !== null && kind !== 'directory') {
    reportDiagnostics(ctx, [
      fileError('OUTPUT_WRITE', dir, errorText('OUTPUT_WRITE', 'init_not_directory', { path: dir })),
    ]);
    return EXIT.badInput;
  }
  const paths = files.map(([name]) => posix.join(dir, name));
  const existing: string[] = [];
  for (const path of paths) if ((await ctx.io.stat(path)) !== null) existing.push(path);
  if (existing.length > 0) {
    reportDiagnostics(
      ctx,
      existing.map((path) =>
        fileError(
          'OUTPUT_IS_INPUT',
          path,
          errorText('OUTPUT_IS_INPUT', 'init_exists', { path }),
          errorText('OUTPUT_IS_INPUT', 'init_exists_hint'),
        ),
      ),
    );
    return EXIT.badInput;
  }
  if (kind === null) await ctx.io.makeDir(dir);
  for (const [i, [, text]] of files.entries()) await ctx.io.writeFileAtomic(paths[i]!, text);
  ctx.io.stderr.write(
    ctx.lang === 'zh'
      ? `已创建 ${paths.join('、')}\n下一步:kaohe score ${paths[0]}\n`
      : `created ${paths.join(', ')}\nnext: kaohe score ${paths[0]}\n`,
  );
  return EXIT.ok;
}
