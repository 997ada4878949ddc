// The catalogue's texts for mistakes in a run rather than in one input: missing actuals, results to compare,
// the command line, the output.
import type { Texts } from './text.js';

/** Texts of the codes raised by the commands. */
export const RUN_ERRORS = {
  MISSING_ACTUALS: {
    message: {
      en: 'no actual for {unit} ({unit_id}) / {indicator}{years}',
      zh: '缺少 {unit}({unit_id})/ {indicator} 的实际数据{years}',
    },
    years: { en: ' for {years}', zh: '({years}年)' },
    hint: {
      en: 'fill it in, or score with --allow-missing to mark the unit incomplete',
      zh: '请补填数据,或使用 --allow-missing 将该单位标记为数据不全',
    },
    explain_hint: {
      en: 'explained as missing; fill it in for a complete result',
      zh: '按缺数据解释;补填后方为完整结果',
    },
  },
  RESULT_INVALID: {
    repeated_plan: { en: 'plan "{id}" appears twice', zh: '方案 "{id}" 出现了两次' },
    hint: {
      en: 'diff compares what `kaohe score --format json` writes, or two plans',
      zh: 'diff 比较 `kaohe score --format json` 的输出,或两个方案文件',
    },
  },
  USAGE: {
    // commander's option parsers: shown in the language read from the command line or the locale before parsing
    tolerance: { en: 'a number of at least 0, like 0.5', zh: '请给出不小于 0 的数,如 0.5' },
    year: { en: 'a four-digit year, like 2023', zh: '请给出四位年份,如 2023' },
    fail_on: { en: 'one or more of {choices}', zh: '可选 {choices}' },
    sheet_not_workbook: {
      en: '--sheet {sheet} names a sheet of a workbook, but {path} is not one (a CSV or YAML file has no sheets)',
      zh: '--sheet {sheet} 指定的是工作簿中的工作表,但 {path} 不是工作簿(CSV、YAML 文件没有工作表)',
    },
    sheet_not_workbook_hint: {
      en: 'leave out --sheet, or give the .xlsx file it is a sheet of',
      zh: '请去掉 --sheet,或改为给出该工作表所在的 .xlsx 文件',
    },
    as_of: {
      en: "--as-of {year} is outside the plan's period {from}–{to}",
      zh: '--as-of {year} 不在方案考核期 {from}–{to} 内',
    },
    as_of_hint: { en: 'give a year from {from} to {to}', zh: '请指定 {from} 至 {to} 之间的年份' },
    binary_format: {
      en: '--format {format} is binary and is not written to a terminal',
      zh: '--format {format} 输出二进制文件,不输出到终端',
    },
    binary_format_hint: {
      en: 'add --out results.{format} or --out-dir DIR (or redirect stdout to a file)',
      zh: '请加上 --out results.{format} 或 --out-dir 目录(或将标准输出重定向到文件)',
    },
    binary_template: {
      en: 'an .xlsx workbook is binary and is not written to a terminal',
      zh: '.xlsx 工作簿是二进制文件,不输出到终端',
    },
    binary_template_hint: {
      en: 'add --out FILE.xlsx (or redirect: kaohe template {plan} --format xlsx > FILE.xlsx)',
      zh: '请加上 --out 文件.xlsx(或重定向:kaohe template {plan} --format xlsx > 文件.xlsx)',
    },
    actuals_alone: {
      en: 'a CSV or Excel actuals file is checked against its plan',
      zh: 'CSV 或 Excel 数据文件需要对照方案校验',
    },
    actuals_alone_hint: {
      en: 'give the plan too: kaohe validate PLAN.yaml {path}',
      zh: '请同时指定方案:kaohe validate 方案.yaml {path}',
    },
    compare_kinds: { en: 'cannot compare a {old} with a {new}', zh: '不能将{old}与{new}比较' },
    compare_kinds_hint: {
      en: 'give two results (kaohe score --format json) or two plans',
      zh: '请给出两个结果(kaohe score --format json)或两个方案',
    },
    same_id: {
      en: 'plans {files} have the same id {id}: their results would share {name}, so none of them is written',
      zh: '方案 {files} 的 id 都是 {id}:结果文件 {name} 会重名,因此均不写出',
    },
    same_id_hint: { en: 'give each plan its own plan.id', zh: '请为每个方案设置不同的 plan.id' },
    format_out: {
      en: '--format {format} does not match the file name {path} (a .{ext} file holds {named})',
      zh: '--format {format} 与文件名 {path} 不符(.{ext} 文件应为 {named} 格式)',
    },
    format_out_hint: {
      en: 'leave --format out to write {first}, or name the file .{own}',
      zh: '去掉 --format 即按 {first} 写出,或将文件名改为 .{own}',
    },
    plan: { en: 'plan', zh: '方案' },
    result: { en: 'result', zh: '结果' },
  },
  OUTPUT_IS_INPUT: {
    message: { en: 'refusing to write over an input file: {path}', zh: '拒绝覆盖输入文件:{path}' },
    hint: {
      en: 'choose another --out file; kaohe never overwrites what you gave it',
      zh: '请另选 --out 文件;kaohe 不会覆盖您提供的文件',
    },
    init_exists: {
      en: '{path} already exists; kaohe init never overwrites a file',
      zh: '{path} 已存在;kaohe init 不会覆盖已有文件',
    },
    init_exists_hint: {
      en: 'run kaohe init in an empty directory: kaohe init NEW_DIR',
      zh: '请在空目录中运行:kaohe init 新目录',
    },
  },
  OUTPUT_WRITE: {
    message: { en: 'cannot write {path} ({reason})', zh: '无法写入 {path}({reason})' },
    hint: { en: 'check that the folder exists and is writable', zh: '请检查目录是否存在且可写' },
    directory: { en: '{path} is a directory', zh: '{path} 是目录' },
    directory_hint: { en: 'use --out-dir for a folder of results', zh: '输出到目录请使用 --out-dir' },
    out_dir: { en: '--out-dir {path} is not a directory', zh: '--out-dir {path} 不是目录' },
    out_dir_hint: { en: 'create it first (mkdir -p)', zh: '请先创建该目录(mkdir -p)' },
    init_not_directory: { en: '{path} is not a directory', zh: '{path} 不是目录' },
    not_regular_hint: {
      en: 'kaohe writes to a file, a symlink, a FIFO or a character device, \
never over a directory, block device or socket',
      zh: 'kaohe 只写入文件、符号链接、管道或字符设备,不写入目录、块设备或套接字',
    },
  },
} as const satisfies Readonly<Record<string, Texts>>;
