// The document around every HTML report (score and diff): charset, language, title and the inline
// stylesheet — nothing fetched, so the file opens offline exactly as it was written.
import type { Lang } from '../model.js';
import { reportCss } from './html-style.js';
import { escapeHtml as esc } from './html-text.js';

/** Returns a whole HTML document around `body`: charset, language, title and the inline stylesheet. */
export function htmlPage(title: string, lang: Lang, body: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${reportCss()}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
