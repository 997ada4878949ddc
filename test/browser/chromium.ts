// The one headless Chromium the browser tests share: Debian's `chromium` (never a downloaded browser),
// found from CHROME_PATH or PATH, started with flags that work in a container without a GPU or network.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { findOnPath } from '../helpers/programs.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Returns the path of the Chromium to drive: CHROME_PATH, else the first of NAMES on PATH; throws saying how to get one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const found = env.CHROME_PATH || findOnPath(NAMES, env);
  if (found) return found;
  throw new Error('no Chromium: apt-get install -y chromium fonts-noto-cjk (as .ci/run does), or set CHROME_PATH');
}

/**
 * Returns a started headless Chromium; close it when done. Playwright gives every launch a fresh profile of its own
 * (a new --user-data-dir it deletes afterwards) and refuses one passed in the arguments.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Returns the folder (gitignored) where the browser tests leave screenshots and PDFs for a person to look at. */
export function testOutputDir(): string {
  const dir = join('test-output', 'browser');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Returns the number of pages of a PDF Chromium printed (its page objects, `/Type /Page`, not `/Pages`). */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-z])/g) ?? []
  ).length;
}
