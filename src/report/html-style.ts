// The report's one stylesheet, inlined into the page: screen and A4 print. Only fonts the machine has
// (no web font, no network), a page break before each part, table headers repeated on every printed
// page, rows never split, and tables narrow enough for an A4 page (html.ts splits wide plans).
import { FONT_STACK } from './html-text.js';

/** Returns the CSS of the HTML report. */
export function reportCss(): string {
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; padding: 16px; max-width: 760px; font-family: ${FONT_STACK};
  font-size: 13px; line-height: 1.5; color: #111; background: #fff; }
h1 { font-size: 22px; text-align: center; margin: 8px 0 4px; }
h2 { font-size: 17px; margin: 20px 0 8px; border-bottom: 2px solid #0072B2; padding-bottom: 2px; }
h3 { font-size: 14px; margin: 14px 0 6px; }
p { margin: 4px 0; }
.meta { text-align: center; color: #444; }
.note { color: #444; font-size: 12px; }
.sub { padding-left: 1.5em; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; table-layout: auto; }
th, td { border: 1px solid #888; padding: 3px 5px; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e8eef5; font-weight: bold; text-align: center; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tbody td:first-child { white-space: nowrap; }
/* indicator tables: the unit column as wide as a name, the indicators sharing the rest equally */
table.grid { table-layout: fixed; }
table.grid th:first-child { width: 6.5em; }
/* a part off screen is laid out only when scrolled to (a national report has 20,000 rows); print lays out all */
@media screen { section.part { content-visibility: auto; contain-intrinsic-size: auto 1200px; } }
tfoot td { font-weight: bold; background: #f3f3f3; }
.missed { background: #fde2d2; }
.missing { background: #eeeeee; }
table.grid td { text-align: right; }
table.grid td:first-child { text-align: left; }
table.grid td.missed { color: #8a2f00; }
figure { margin: 8px 0 16px; break-inside: avoid; }
svg.chart { display: block; width: 100%; height: auto; }
ul.accountability { padding-left: 1.4em; }
ul.accountability li { margin: 4px 0; }
.legend span { margin-right: 1.2em; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  section.part { break-before: page; }
  section.plan > section.part:first-of-type { break-before: auto; }
  section.plan + section.plan { break-before: page; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  tr, figure, li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .missed, .missing, tfoot td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
}
