// Commander's own usage errors, and the starter plan's comment, in the language asked for (probe §29): under
// --lang zh (or a zh_* locale) no English is left; under en, commander's text as it is; one language per line.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

describe('usage errors in the language asked for', () => {
  it.each([
    [['score', 'plans/city-2010.yaml', '--bogus'], "错误:未知选项 '--bogus'", "error: unknown option '--bogus'"],
    [['diff'], "错误:缺少必需的参数 'old'", "error: missing required argument 'old'"],
    [
      ['explain', 'plans/city-2010.yaml'],
      "错误:未指定必需的选项 '--unit <unit>'",
      "error: required option '--unit <unit>' not specified",
    ],
    [['bogus'], "错误:未知命令 'bogus'", "error: unknown command 'bogus'"],
    [
      ['score', 'plans/city-2010.yaml', '--fail-on', 'missd'],
      "错误:选项 '--fail-on <conditions>' 的取值 'missd' 无效。可选 missed、incomplete、penalty",
      "error: option '--fail-on <conditions>' argument 'missd' is invalid. one or more of missed, incomplete, penalty",
    ],
    [
      ['schema', 'foo'],
      "错误:参数 'which' 的取值 'foo' 无效。可选值:plan, actuals, result。",
      "error: command-argument value 'foo' is invalid for argument 'which'. Allowed choices are plan, actuals, result.",
    ],
    [
      ['score', 'plans/city-2010.yaml', '--fromat', 'csv'],
      "错误:未知选项 '--fromat'\n(是否应为 --format?)",
      '(Did you mean --format?)',
    ],
  ])('%j', async (args, zh, en) => {
    const inZh = await runKaohe(['--lang', 'zh', ...args]);
    expect(inZh.code).toBe(2);
    expect(inZh.stdout).toBe('');
    expect(inZh.stderr).toBe(`${zh}\n运行 kaohe --help(或 kaohe 命令 --help)查看用法\n`);
    const inEn = await runKaohe(['--lang', 'en', ...args]);
    expect(inEn.code).toBe(2);
    expect(inEn.stderr).toContain(en);
    expect(inEn.stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('takes the language from a zh_* locale as from --lang', async () => {
    const run = await runKaohe(['diff'], { LANG: 'zh_CN.UTF-8' });
    expect(run.stderr.startsWith("错误:缺少必需的参数 'old'\n")).toBe(true);
  });
});

describe('kaohe init in the language asked for', () => {
  it.each([
    ['zh', '# 起步方案:请修改其中的责任单位、目标和奖惩规则,然后运行'],
    ['en', '# A starter plan: edit the units, targets and rules, then run'],
  ])('writes the starter plan with its comment in %s', async (lang, comment) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kaohe-init-')), 'p');
    const run = await runKaohe(['--lang', lang, 'init', dir]);
    expect(run.code).toBe(0);
    const lines = readFileSync(join(dir, 'plan.yaml'), 'utf8').split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '# yaml-language-server: $schema=plan.schema.json',
      comment,
      '#   kaohe validate plan.yaml && kaohe score plan.yaml',
    ]);
  });
});

// probe2 N5: commander's own words in a help page (section titles, the notes after an option) were English under zh.
describe('help pages in the language asked for', () => {
  it('words the section titles and option notes in Chinese under --lang zh, and leaves English as commander writes it', async () => {
    const zh = await runKaohe(['--lang', 'zh', 'score', '--help']);
    for (const word of ['用法: kaohe score', '\n参数:\n', '\n选项:\n', '(默认:[])', '(可选:"table", "csv"'])
      expect(zh.stdout).toContain(word);
    for (const word of ['Usage:', 'Arguments:', 'Options:', 'default:', 'choices:'])
      expect(zh.stdout).not.toContain(word);
    const top = await runKaohe(['--lang', 'zh', '--help']);
    expect(top.stdout).toContain('\n命令:\n');
    const en = await runKaohe(['--lang', 'en', 'score', '--help']);
    for (const word of ['Usage: kaohe score', '\nArguments:\n', '\nOptions:\n', '(default: [])', '(choices: "table"'])
      expect(en.stdout).toContain(word);
  });
});
