// Writes docs/city-2010-report.png, the README's picture of the HTML report: the city plan's report in
// Chinese, written by the built CLI and photographed by headless Chromium (CHROME_PATH or `chromium` on PATH)
// at an A4 page's width (794 px), the first 2,400 px of it.
// Usage: npm run build && node scripts/report-screenshot.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const html = join(mkdtempSync(join(tmpdir(), 'kaohe-shot-')), 'city-2010.html');
execFileSync('node', [
  'bin/kaohe.js',
  '--lang',
  'zh',
  'score',
  'plans/city-2010.yaml',
  '--format',
  'html',
  '--out',
  html,
]);
const browser = await chromium.launch({
  executablePath:
    process.env.CHROME_PATH || execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 794, height: 2400 } });
  await page.goto(`file://${html}`);
  await page.screenshot({ path: resolve('docs/city-2010-report.png'), clip: { x: 0, y: 0, width: 794, height: 2400 } });
} finally {
  await browser.close();
}
console.log('docs/city-2010-report.png');
