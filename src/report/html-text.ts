// What the HTML pages share besides the catalogue's labels (src/messages, html.*): the font stack and escaping.
/** The fonts of every text in the report: the CJK fonts of Linux, Windows and macOS, then any sans-serif. */
// Single quotes: ECharts writes the stack into SVG style="…" attributes as it is, without escaping.
export const FONT_STACK = [
  "'Noto Sans CJK SC'",
  "'Source Han Sans SC'",
  "'Microsoft YaHei'",
  "'PingFang SC'",
  'SimHei',
  "'WenQuanYi Micro Hei'",
  'sans-serif',
].join(', ');

/** Returns text with the five HTML special characters escaped, safe in an element and in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
