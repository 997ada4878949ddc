// Praise and blame apart (probe §28): prizes and praise actions (通报表扬, kind: praise) are listed under 表扬与奖励,
// never in the accountability list (问责名单), which keeps 末位 and blame actions; a grade a quota kept a unit out of
// is neither, and is listed with the quotas (等次调整).
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildAccountability } from '../../src/report/rows.js';
import { renderTable } from '../../src/report/table.js';
import { planOf, scoreYaml, totals } from '../core/cohort/score-yaml.js';

// a 99 → 优秀 and the prize; b 80 → 良好; c 70 → 达标 (thresholds 90, 75), 通报批评.
const result = scoreYaml(
  planOf(
    [['a'], ['b'], ['c']],
    [
      'prizes:',
      '  - {name: 先进奖, yuan: [1000]}',
      'consequences:',
      '  - {action: 通报表扬, kind: praise, when: {grade: 优秀}}',
      '  - {action: 通报批评, when: {grade: 达标}}',
    ].join('\n'),
  ),
  totals({ a: '99', b: '80', c: '70' }),
);

describe('praise and blame', () => {
  it('lists a prize and a praise action under praise, a blame action under accountability', () => {
    const entries = (praise: boolean) => buildAccountability(result, 'en', praise).map((e) => [e.id, e.consequences]);
    expect(entries(true)).toEqual([['a', ['先进奖 place 1 1,000 yuan', '通报表扬']]]);
    expect(entries(false)).toEqual([['c', ['通报批评']]]);
  });

  it('titles the two lists apart in the table, markdown and HTML, in both languages', () => {
    const table = renderTable([result], { lang: 'zh', color: false });
    expect(table).toContain('表扬与奖励\n  单位a:获先进奖第1名 1,000 元;通报表扬');
    expect(table).toContain('问责名单\n  单位c:通报批评');
    const md = renderMarkdown([result], { lang: 'en', color: false });
    expect(md.indexOf('### Praise and prizes')).toBeLessThan(md.indexOf('### Accountability list'));
    expect(md.slice(md.indexOf('### Accountability list'))).not.toContain('通报表扬');
    const html = renderHtml([result], { lang: 'zh', color: false });
    expect(html).toContain('<h2>表扬与奖励</h2>');
  });
});
