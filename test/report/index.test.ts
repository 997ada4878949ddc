import { describe, expect, it } from 'vitest';
import { listScoreFormats, scoreReporters, type ScoreFormat } from '../../src/report/index.js';
import { cityResult, provinceResult } from './fixtures.js';

const cases = listScoreFormats().flatMap((format) => (['zh', 'en'] as const).map((lang) => [format, lang] as const));

describe('scoreReporters', () => {
  it('offers table, csv, json, jsonl, markdown, junit and github, table first (the default)', () => {
    expect(listScoreFormats()).toEqual<ScoreFormat[]>(['table', 'csv', 'json', 'jsonl', 'markdown', 'junit', 'github']);
  });

  it.each(cases)('%s in %s ends in a newline', (format, lang) => {
    expect(scoreReporters[format]([cityResult, provinceResult], { lang, color: false })).toMatch(/\n$/);
  });

  it.each(cases)('%s in %s does not change the results it renders', (format, lang) => {
    const before = structuredClone([cityResult, provinceResult]);
    scoreReporters[format]([cityResult, provinceResult], { lang, color: true, bom: true });
    expect([cityResult, provinceResult]).toEqual(before);
  });

  it.each(cases)('%s in %s gives the same bytes twice', (format, lang) => {
    const render = (): string => scoreReporters[format]([cityResult, provinceResult], { lang, color: false });
    expect(render()).toBe(render());
  });
});
