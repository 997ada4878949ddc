// The cohort phase in every format (issue #12 item 5), on plans/nantong-2007.yaml (县(市) ranked apart from 区,
// 如皋 and 海安 equal at 100 and separated by 城镇新增就业 12,600 vs 10,500; prizes 10万/7万/5万) and
// plans/guangdong-rural-2010.yaml (30% × 21 = 6.3 → 6 优秀 places). Expected texts from test/plans/*.md.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { renderHtml } from '../../src/report/html.js';
import { renderGithub } from '../../src/report/github.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderCsv } from '../../src/report/csv.js';
import { renderResultsXlsx } from '../../src/report/xlsx.js';
import { readWorkbook, rowValues } from '../helpers/workbook.js';
import { runKaohe } from '../helpers/memory-io.js';

const scored = (plan: string) =>
  runKaohe(['score', `plans/${plan}.yaml`, '--format', 'json']).then((r) => JSON.parse(r.stdout) as Result);
const nantong = scored('nantong-2007');
const guangdong = scored('guangdong-rural-2010');
const en = { lang: 'en', color: false } as const;
const zh = { lang: 'zh', color: false } as const;

describe('the HTML report (考核通报)', () => {
  it('has a 排名 part: a table per unit group in rank order, prizes in yuan', async () => {
    const html = renderHtml([await nantong], zh);
    const part = html.slice(html.indexOf('<section class="part ranking">'), html.indexOf('part indicators'));
    expect(part).toContain('<h3>排名:县(市)</h3>');
    expect(part).toContain('<h3>排名:区</h3>');
    const rows = [...part.matchAll(/<tr><td class="n">(\d+)<\/td><td>([^<]+)<\/td>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows).toEqual([
      '1 如皋市',
      '2 海安县',
      '3 如东县',
      '4 通州市',
      '5 海门市',
      '6 启东市',
      '1 崇川区',
      '2 港闸区',
    ]);
    expect(part).toContain('<td class="n">100,000</td>');
    expect(part).toContain('<p>奖金合计 320,000 元</p>');
  });

  it('prints the quota arithmetic and the graded list', async () => {
    const html = renderHtml([await guangdong], en);
    expect(html).toContain(
      '<p>quota 优秀: 30% × 21 = 6.3 → 6 (rounded down); 8 reached it, 6 given it (edge: all in)</p>',
    );
    expect(html).toContain('<p class="sub">优秀 (6): 梅州市, 中山市, 佛山市, 韶关市, 惠州市, 广州市</p>');
  });

  it('has no 排名 part for a plan without a cohort', async () => {
    const r = await runKaohe(['score', 'plans/city-2010.yaml', '--format', 'json']);
    expect(renderHtml([JSON.parse(r.stdout) as Result], zh)).not.toContain('part ranking');
  });
});

describe('the xlsx result', () => {
  it('adds a 排名 sheet last: the group table with numbers, then the quota line', async () => {
    const book = await readWorkbook(await renderResultsXlsx([await guangdong], zh));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '考核结果',
      '单位',
      '指标明细',
      '表扬与奖励',
      '问责名单',
      '排名',
    ]);
    const sheet = book.getWorksheet('排名')!;
    expect(rowValues(sheet, 2)).toEqual(['排名:全部单位']);
    expect(rowValues(sheet, 3)).toEqual(['名次', '单位', '得分', '总体目标', '等次', '同分比较']);
    expect(rowValues(sheet, 4)).toEqual([1, '梅州市', 99, '完成', '优秀', '并列']);
    // 深圳 95 is 7th, kept from 优秀 by the quota
    expect(rowValues(sheet, 10)).toEqual([7, '深圳市', 95, '完成', '优秀 → 达标(超出名额)', '']);
    const texts = sheet.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('优秀名额:30% × 21 = 6.3 → 6(去尾);达到 8 个,评定 6 个(边界并列:全部入选)');
  });

  it('adds no 排名 sheet without a cohort', async () => {
    const r = await runKaohe(['score', 'plans/city-2010.yaml', '--format', 'json']);
    const book = await readWorkbook(await renderResultsXlsx([JSON.parse(r.stdout) as Result], zh));
    expect(book.worksheets.map((s) => s.name)).not.toContain('排名');
  });
});

describe('the other formats show rank, group and grade', () => {
  it('markdown: a ranking table per group with the tie-break', async () => {
    const md = renderMarkdown([await nantong], en);
    expect(md).toContain('### Ranking (排名): 县(市)');
    expect(md).toMatch(/\| 1 \| 如皋市 \| 100 \|.*城镇新增就业 12,600 vs 10,500 \(海安县\)/);
  });

  it('csv: unit_group and rank columns on every row', async () => {
    const lines = renderCsv([await nantong], en).split('\n');
    const header = lines[0]!.split(',');
    const rugao = lines.find((l) => l.includes(',如皋市,'))!.split(',');
    expect(rugao[header.indexOf('unit_group')]).toBe('县(市)');
    expect(rugao[header.indexOf('rank')]).toBe('1');
    expect(rugao[header.indexOf('prize_yuan')]).toBe('100000');
  });

  it('junit: each test case has its group, rank and grade; the suite the quota line', async () => {
    const xml = renderJunit([await guangdong], [], en);
    expect(xml).toContain('<property name="cohort" value="quota 优秀: 30% × 21 = 6.3 → 6 (rounded down)');
    const shenzhen = xml.slice(xml.indexOf('name="shenzhen'), xml.indexOf('</testcase>', xml.indexOf('shenzhen')));
    expect(shenzhen).toContain('<property name="unit_group" value="all units"/>');
    expect(shenzhen).toContain('<property name="rank" value="7 of 21"/>');
    expect(shenzhen).toContain('<property name="grade" value="达标"/>');
  });

  it('github: a missed unit says its rank and group; the notice carries the prizes', async () => {
    const lines = renderGithub([await nantong], [], en).split('\n');
    expect(lines).toContain(
      '::error file=plans/nantong-2007.yaml,line=37,col=70,title=missed::海门市 (5 of 6, 县(市)) 城镇新增就业: ' +
        'actual 8550 人, target 9000 人, short 450 人',
    );
    expect(lines.find((l) => l.startsWith('::notice'))).toContain('; prizes in all: 320,000 yuan');
  });
});
