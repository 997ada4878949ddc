// A name pasted with an invisible character (probe §34: U+200B before 城关区, from a web page or WeChat) looks like
// the plan's and is not: the hint names the character by its code point and the name it reads as without it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

const sheet = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'kaohe-hidden-')), 'a.csv');
  writeFileSync(path, text);
  return path;
};

describe('an invisible character in a name', () => {
  it.each([
    ['\u200B城关区', 'U+200B', 'it reads 城关区 (chengguan)'],
    ['城关\u200D区', 'U+200D', 'it reads 城关区 (chengguan)'],
    ['\u2060东城区\u00AD', 'U+2060, U+00AD', 'it reads 东城区 (dongcheng)'],
  ])('names the character in %j', async (name, chars, reads) => {
    const path = sheet(`unit,indicator,value\n${name},urban_new_jobs,6184\n`);
    const run = await runKaohe(['validate', 'plans/city-2010.yaml', path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${path}:2:1: error ACTUALS_UNKNOWN_UNIT: unknown unit "${name}"`);
    expect(run.stderr).toContain(
      `hint: the text holds an invisible character, ${chars} (pasted from a web page or a chat?): delete it; without it, ${reads}`,
    );
  });

  it('says so in Chinese, and for an indicator too', async () => {
    const path = sheet('unit,indicator,value\n城关区,urban_new_jobs\u200B,6184\n');
    const run = await runKaohe(['--lang', 'zh', 'validate', 'plans/city-2010.yaml', path]);
    expect(run.stderr).toContain(
      '提示: 文字中含有不可见字符 U+200B(可能是从网页或微信粘贴带入的):请删除;删除后即为 城镇新增就业 (urban_new_jobs)',
    );
  });
});
