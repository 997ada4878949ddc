// The HTML report as text: what it holds and what it must never hold (anything fetched, a script), the
// completion figures worked out exactly, and ranks per group once a result carries them (issue #12).
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { completionText } from '../../src/report/html-charts.js';
import { rankCharts } from '../../src/report/html-ranks.js';
import { renderHtml } from '../../src/report/html.js';
import { cityResult } from './fixtures.js';

// The fixture's four units ranked by hand by score, in one group: 城关区 100 first, 西城区 60 second,
// 东城区 40 third, 南山县 0 fourth — here 东城区 and 南山县 made to share third place to show a tie.
const RANKS: Record<string, { position: number; of: number; shared: boolean }> = {
  城关区: { position: 1, of: 4, shared: false },
  西城区: { position: 2, of: 4, shared: false },
  东城区: { position: 3, of: 4, shared: true },
  南山县: { position: 3, of: 4, shared: true },
};
const ranked: Result = {
  ...cityResult,
  units: cityResult.units.map((u) => ({ ...u, group: 'districts', rank: RANKS[u.name] })),
};

describe('renderHtml', () => {
  const zh = renderHtml([cityResult], { lang: 'zh', color: false });

  it('fetches nothing and runs nothing: no script, no link, no src, no url()', () => {
    expect(zh).not.toMatch(/<script|<link|\ssrc=|url\(|@import|https?:\/\/(?!www\.w3\.org\/)/i);
  });

  it('is one page in the chosen language', () => {
    expect(zh).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(renderHtml([cityResult], { lang: 'en', color: false })).toMatch(/<html lang="en">/);
  });

  it('prints a missed cell with its exact completion: 东城区 4,712 of 5,000 is 94.24%', () => {
    expect(zh).toContain('<td class="missed">4,712 / 5,000<br>94.24% ✗ 未达标</td>');
  });

  it('has no rank column while the result has no ranks', () => {
    expect(zh).not.toContain('名次');
  });

  it('adds a rank column once the result ranks units, a shared place marked', () => {
    const html = renderHtml([ranked], { lang: 'zh', color: false });
    expect(html).toContain('<th>名次</th>');
    expect(html).toContain('<td>第1名(共4个)</td>');
    expect(html).toContain('<td>并列第3名(共4个)</td>');
  });
});

describe('rankCharts', () => {
  it('draws one chart per group, its units in rank order with their score', () => {
    const [chart, ...more] = rankCharts(ranked, 'en');
    expect(more).toEqual([]);
    expect(chart?.title).toBe('Ranks in districts (score)');
    expect(chart?.series[0]?.bars.map((b) => [b.category, b.value, b.label])).toEqual([
      ['城关区', '100', '1 of 4 100'],
      ['西城区', '60', '2 of 4 60'],
      ['东城区', '40', '=3 of 4 40'],
      ['南山县', '0', '=3 of 4 0'],
    ]);
  });

  it('draws nothing for a result without ranks', () => {
    expect(rankCharts(cityResult, 'en')).toEqual([]);
  });
});

describe('completionText', () => {
  it.each([
    ['6184', '6000', '103.07'], // 1.030666… → 103.07 half-up
    ['2199', '2200', '99.95'], // 0.999545… → 99.95
    ['4.4', '4.3', '102.33'], // 1.023255… → 102.33
    ['1', '3', '33.33'],
    ['2', '3', '66.67'],
    ['0.125', '0.1', '125.00'],
  ])('is %s of %s as %s%%', (actual, target, expected) => {
    expect(completionText({ actual, target })).toBe(expected);
  });

  it('has none without an actual or with a target of 0', () => {
    expect(completionText({ actual: null, target: '10' })).toBeUndefined();
    expect(completionText({ actual: '5', target: '0' })).toBeUndefined();
  });
});
