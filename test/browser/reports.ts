// The HTML report in a real browser: every plan in plans/, in both languages, written by kaohe, opened
// from file:// in headless Chromium, and checked as a person would see it — no console error, nothing
// fetched, nothing wider than the window at 1280 px or an A4 page, a bar per unit in each chart, the
// Chinese text drawn in a CJK font, and a printed A4 PDF. Screenshots and PDFs go to test-output/browser/.
// report-zh.test.ts and report-en.test.ts run these for each language.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { runKaohe } from '../helpers/memory-io.js';
import { countPdfPages, launchChromium, testOutputDir } from './chromium.js';

const PLANS = readdirSync('plans')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
/** An A4 page is 210 mm wide: 794 CSS px at 96 px per inch. */
const A4_WIDTH = 794;

let browser: Browser;
const out = testOutputDir();

/** Writes the report of `plan` in `lang` and returns its path and the result it shows. */
async function writeReport(plan: string, lang: string): Promise<{ file: string; result: Result }> {
  const file = resolve(out, `${plan}-${lang}.html`);
  const run = await runKaohe(['--lang', lang, 'score', `plans/${plan}.yaml`, '--format', 'html', '--out', file]);
  expect(run.stderr.split('\n').filter((l) => / error /.test(l))).toEqual([]);
  expect(run.code).toBe(0);
  const json = await runKaohe(['score', `plans/${plan}.yaml`, '--format', 'json']);
  return { file, result: JSON.parse(json.stdout) as Result };
}

/** Opens a report and returns the page, the console errors and every request that was not the file itself. */
async function open(file: string, width: number): Promise<{ page: Page; errors: string[]; fetched: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  const errors: string[] = [];
  const fetched: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (r.url() !== `file://${file}`) fetched.push(r.url());
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, errors, fetched };
}

/** Returns how far the page and its widest table reach past the window's right edge, in px (0 when nothing does). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const rights = [...document.querySelectorAll('table, svg, h1, p')].map((e) => e.getBoundingClientRect().right);
    return Math.max(document.documentElement.scrollWidth - width, ...rights.map((r) => Math.ceil(r - width)), 0);
  });
}

// The bars of one chart: ECharts marks each drawn data item; the reference line is marked silent.
const countBars = (page: Page): Promise<number[]> =>
  page.$$eval('figure svg', (svgs) =>
    svgs.map((svg) => svg.querySelectorAll('path[ecmeta_ssr_type="chart"]:not([ecmeta_silent])').length),
  );

/** Returns the bars each chart should have, counted from the result: a completion bar per unit with an actual. */
function expectedBars(result: Result): number[] {
  const units = result.units.length <= 60 ? result.units : result.units.filter((u) => (u.depth ?? 0) === 0);
  const ids = [...new Set(result.units.flatMap((u) => u.indicators.map((i) => i.id)))];
  const completion = ids.map(
    (id) => units.filter((u) => u.indicators.some((i) => i.id === id && i.actual !== null && i.target !== '0')).length,
  );
  const grades = new Set(result.units.flatMap((u) => (u.grade ? [u.grade.base, u.grade.final] : [])));
  const money = units.filter((u) => u.reward_yuan !== '0').length + units.filter((u) => u.penalty_yuan !== '0').length;
  // ranks per group, once the cohort phase ranks (issue #12): a bar per ranked unit, a chart per group
  const groups = new Map<string, number>();
  for (const u of result.units as (Result['units'][number] & { group?: string; rank?: unknown })[]) {
    if (u.rank !== undefined) groups.set(u.group ?? '', (groups.get(u.group ?? '') ?? 0) + 1);
  }
  const ranks = [...groups.values()].filter((n) => n <= 60);
  return [...completion, ...(grades.size > 0 ? [grades.size] : []), ...(money > 0 ? [money] : []), ...ranks];
}

/**
 * Defines the browser tests of every plan's report in `lang` (one test file per language, so the two run on two
 * workers, each with its own browser).
 */
export function describeReports(lang: 'zh' | 'en'): void {
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30000);
  afterAll(async () => {
    await browser?.close();
  });
  describe.each(PLANS)(`the HTML report of plans/%s.yaml in ${lang}`, (plan) => {
    // One page per report, opened once: the checks below look at it at 1280 px, then at A4 width, then print it.
    let report: { file: string; result: Result };
    let opened: Awaited<ReturnType<typeof open>>;
    beforeAll(async () => {
      report = await writeReport(plan, lang);
      opened = await open(report.file, 1280);
    }, 30000);
    afterAll(async () => {
      await opened?.page.close();
    });

    it('opens offline at 1280 px: no console error, nothing fetched, nothing wider than the window', async () => {
      const { page, errors, fetched } = opened;
      await page.screenshot({ path: join(out, `${plan}-${lang}-1280.png`), fullPage: true });
      expect({ errors, fetched, overflow: await overflow(page) }).toEqual({ errors: [], fetched: [], overflow: 0 });
    });

    it('draws its Chinese text in a CJK font (fonts-noto-cjk)', async () => {
      const { page } = opened;
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
      await cdp.send('CSS.enable');
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      await cdp.detach();
      // every character of the title (Chinese in every plan) is drawn from a CJK font, none from a fallback box
      expect(fonts.map((f) => f.familyName).filter((f) => !/CJK/.test(f))).toEqual([]);
      // and every text of the charts asks for that font in its own style attribute (a quote there would cut it)
      const families = await page.$$eval('figure svg text', (texts) => [
        ...new Set(texts.map((t) => (t as SVGTextElement).style.fontFamily)),
      ]);
      expect(families).toEqual([
        `"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", SimHei, "WenQuanYi Micro Hei", sans-serif`,
      ]);
    });

    it('fits an A4 page width, and draws a bar per unit in each chart', async () => {
      const { page } = opened;
      await page.setViewportSize({ width: A4_WIDTH, height: 1000 });
      expect(await overflow(page)).toBe(0);
      expect(await countBars(page)).toEqual(expectedBars(report.result));
    });

    it('prints to A4 with each part on a page of its own', async () => {
      const pdf = await opened.page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(join(out, `${plan}-${lang}.pdf`), pdf);
      // four parts (summary, charts, indicators, accountability), each starting a page
      expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(4);
      if (plan === 'city-2010') {
        // A4 less 14 mm margins is 269 mm (1,017 px) tall; a chart of 8 units is 256 px drawn, 290 px printed with
        // its margin: the summary (8 rows) is a page, the 7 charts take 3 (3 + 3 + the money chart), the 5 indicators
        // of 8 units one table on a page, the 3 accountable units a page: 6 pages in either language.
        expect(countPdfPages(pdf)).toBe(6);
      }
    });
  });
  if (lang === 'zh') describeDiff();
}

function describeDiff(): void {
  describe('the HTML diff of two results', () => {
    it('opens offline with no console error and fits an A4 page width', async () => {
      const file = resolve(out, 'diff-city-2010-zh.html');
      const v1 = 'fixtures/audit/city-2010-v1.json';
      const v2 = 'fixtures/audit/city-2010-v2.json';
      expect((await runKaohe(['--lang', 'zh', 'diff', v1, v2, '--format', 'html', '--out', file])).code).toBe(0);
      const { page, errors, fetched } = await open(file, A4_WIDTH);
      await page.screenshot({ path: join(out, 'diff-city-2010-zh.png'), fullPage: true });
      // 石桥县 changed: 8 fields of the unit and 3 of each of its 2 indicators, then the 3 money totals (v1 → v2)
      expect(await page.$$eval('tbody tr', (rows) => rows.length)).toBe(8 + 6 + 3);
      expect({ errors, fetched, overflow: await overflow(page) }).toEqual({ errors: [], fetched: [], overflow: 0 });
      await page.close();
    });
  });
}
