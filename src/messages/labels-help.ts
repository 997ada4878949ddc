// The catalogue's texts of `kaohe --help`: every description of a command, argument and option.
import type { Texts } from './text.js';

/** The help texts, by id (`help.<key>`). */
export const HELP_LABELS = {
  'help.program': {
    en: '考核 kaohe — scores government employment-target assessments exactly',
    zh: '考核 kaohe — 就业目标责任考核精确计分工具',
  },
  'help.lang': { en: 'language of labels and messages', zh: '标签和消息的语言' },
  'help.noColor': { en: 'no colour (also when NO_COLOR is set)', zh: '不使用颜色(设置 NO_COLOR 时同样)' },
  'help.debug': { en: 'show the stack trace of an internal error', zh: '内部错误时显示堆栈' },
  'help.version': { en: 'print the version', zh: '显示版本号' },
  'help.help': { en: 'show help', zh: '显示帮助' },
  'help.validate': {
    en: 'check plans and actuals files; every mistake as FILE:LINE:COL',
    zh: '校验方案和实际数据文件;每个错误给出 文件:行:列',
  },
  'help.validateFiles': {
    en: 'plans (.yaml, directories, quoted globs) and actuals (.csv .xlsx .yaml)',
    zh: '方案(.yaml、目录、带引号的通配符)和实际数据(.csv .xlsx .yaml)',
  },
  'help.score': { en: 'score plans against their actuals', zh: '计算考核结果' },
  'help.scorePlans': {
    en: 'plans (.yaml files, directories, quoted globs)',
    zh: '方案(.yaml 文件、目录、带引号的通配符)',
  },
  'help.explain': {
    en: 'the arithmetic of one unit, each number with its source',
    zh: '逐步说明一个单位的计算,每个数都注明来源',
  },
  'help.diff': { en: 'what changed between two results (or two plans)', zh: '比较两个结果(或两个方案)的变化' },
  'help.template': { en: 'the actuals sheet a clerk fills in', zh: '生成供填报的实际数据表' },
  'help.init': {
    en: 'write a starter plan, actuals and the plan schema into DIR',
    zh: '在目录中生成示例方案、数据和方案 Schema',
  },
  'help.schema': { en: 'print a JSON Schema', zh: '输出 JSON Schema' },
  'help.plan': { en: 'plan file (.yaml)', zh: '方案文件(.yaml)' },
  'help.format': { en: 'output format', zh: '输出格式' },
  'help.formatOut': {
    en: 'output format (default: the one the --out extension names, else table)',
    zh: '输出格式(默认按 --out 的扩展名,否则为 table)',
  },
  'help.actuals': {
    en: "actuals file (repeatable); default: the plan's own actuals:",
    zh: '实际数据文件(可多次指定);默认使用方案中的 actuals:',
  },
  'help.encoding': {
    en: 'encoding of CSV actuals (utf8, gb18030, gbk); detected when not given',
    zh: 'CSV 数据的编码(utf8、gb18030、gbk);不指定时自动识别',
  },
  'help.sheet': {
    en: 'sheet of .xlsx actuals (default: the first visible)',
    zh: '.xlsx 数据的工作表(默认第一个可见工作表)',
  },
  'help.out': {
    en: 'write to this file (atomically; never over an input) instead of stdout',
    zh: '写入此文件(原子写入,绝不覆盖输入文件),而不是标准输出',
  },
  'help.outDir': {
    en: 'write one result per plan into DIR, named <plan id>.<format>',
    zh: '每个方案一个结果文件,写入目录,文件名为 <方案id>.<格式>',
  },
  'help.quiet': {
    en: 'no warnings or progress on stderr (the output is still written)',
    zh: '不显示警告和进度(结果照常输出)',
  },
  'help.asOf': { en: 'score a multi-year plan part-way, as of this year', zh: '按该年份计算多年方案的阶段进度' },
  'help.acceptOutliers': {
    en: 'confirm actuals 100× their target or a hundredth of it, or a rate ≤ 1 under a target > 1 (recorded)',
    zh: '确认与目标相差百倍以上、或目标大于 1 时小于等于 1 的比率等异常值;结果中会记录这些值',
  },
  'help.allowMissing': {
    en: 'score units with missing actuals as incomplete instead of failing',
    zh: '缺数据的单位记为“数据不全”继续计算,而不是报错',
  },
  'help.failOn': {
    en: 'exit 1 when a unit matches: missed, incomplete, penalty (comma-separated)',
    zh: '有单位符合条件时以 1 退出:missed、incomplete、penalty(逗号分隔)',
  },
  'help.wide': {
    en: 'table: every indicator of every unit, however wide (else a table wider than the terminal is compact)',
    zh: '表格:显示各单位全部指标,不论多宽(否则超出终端宽度的表格压缩显示)',
  },
  'help.previous': {
    en: "last year's result (score --format json), for consequences keyed on history (连续两年C级)",
    zh: '上年的考核结果(score --format json),用于按历史触发的结果运用(如连续两年C级)',
  },
  'help.bom': { en: 'start CSV output with a UTF-8 BOM, for Excel', zh: 'CSV 输出带 UTF-8 BOM,便于 Excel 打开' },
  'help.unit': { en: 'unit id or name', zh: '单位 id 或名称' },
  'help.indicator': {
    en: 'only this indicator (id or name) and the rules on it',
    zh: '只说明此指标(id 或名称)及相关规则',
  },
  'help.old': { en: 'result (score --format json) or plan', zh: '结果(score --format json)或方案' },
  'help.tolerance': { en: 'ignore numeric changes of at most N', zh: '忽略不超过 N 的数值变化' },
  'help.exitCode': {
    en: 'exit 1 when anything differs, 0 when nothing does',
    zh: '有差异时以 1 退出,无差异时以 0 退出',
  },
  'help.templateTargets': {
    en: "the plan's units and targets as a targets sheet (for targets: FILE) instead of the actuals sheet",
    zh: '生成目标分解表(供 targets: 使用,含方案的单位及目标),而非实际数据填报表',
  },
  'help.templateFormat': {
    en: 'csv (UTF-8 with BOM) or xlsx; default: xlsx when --out ends in .xlsx, else csv',
    zh: 'csv(带 BOM 的 UTF-8)或 xlsx;--out 以 .xlsx 结尾时默认 xlsx,否则 csv',
  },
  'help.dir': { en: 'directory (created if missing)', zh: '目录(不存在时创建)' },
  'help.which': { en: 'which schema', zh: '哪个 Schema' },
  'help.usageHint': {
    en: 'run kaohe --help (or kaohe COMMAND --help) for usage',
    zh: '运行 kaohe --help(或 kaohe 命令 --help)查看用法',
  },
  'help.internal': { en: 'kaohe: internal error (a bug — please report it)', zh: 'kaohe:内部错误(程序缺陷,请报告)' },
  'help.debugHint': { en: 'run again with --debug for the stack trace', zh: '加 --debug 重新运行可查看堆栈' },
  // commander's own words in a help page: its section titles and the notes after an option
  'help.titleUsage': { en: 'Usage:', zh: '用法:' },
  'help.titleArguments': { en: 'Arguments:', zh: '参数:' },
  'help.titleOptions': { en: 'Options:', zh: '选项:' },
  'help.titleCommands': { en: 'Commands:', zh: '命令:' },
  'help.titleGlobalOptions': { en: 'Global Options:', zh: '全局选项:' },
  'help.noteChoices': { en: 'choices: ', zh: '可选:' },
  'help.noteDefault': { en: 'default: ', zh: '默认:' },
} as const satisfies Texts;
