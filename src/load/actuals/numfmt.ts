// A spreadsheet number format read by its grammar (ECMA-376 §18.8.31): sections split by `;`, quoted text
// ("%", "万人") and escaped characters (\%) are literal text shown beside the number, [brackets] are colours,
// conditions and locales, `_x` pads and `*x` fills. Only a bare `%` scales the stored value by 100; a literal
// "%" (LibreOffice saves `0.0"%"` as `0.0\%`) is text, and 4.3 stays 4.3.

/** What a number format does to the value it shows. */
export interface NumberFormat {
  /** A bare % : the cell stores 0.043 and shows 4.3%. */
  percent: boolean;
  /** The format shows a date or time: the stored number is a day count, not a figure. */
  date: boolean;
  /** The literal text shown after the number ("万人", "人", "%"), trimmed; '' when none. */
  suffix: string;
}

// Built-in formats (ECMA-376 §18.8.30): 9 and 10 are percentages; 14–22, 27–36, 45–47 and 50–58 dates and times.
const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
for (let id = 27; id <= 36; id++) BUILTIN_DATE.add(id);
for (let id = 50; id <= 58; id++) BUILTIN_DATE.add(id);

const PLAIN: NumberFormat = { percent: false, date: false, suffix: '' };

/** Returns what a format does, from its built-in id or its code (a custom code wins when given). */
export function readNumberFormat(id: number, code: string | undefined): NumberFormat {
  if (code === undefined) {
    if (BUILTIN_PERCENT.has(id)) return { percent: true, date: false, suffix: '' };
    return BUILTIN_DATE.has(id) ? { percent: false, date: true, suffix: '' } : PLAIN;
  }
  return parseFormatCode(code);
}

/** Returns what a format code does to a positive number (its first section). */
export function parseFormatCode(code: string): NumberFormat {
  let bare = '';
  let literal = '';
  let afterNumber = false;
  let suffix = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === ';') break; // the first section is what a positive value shows
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      const text = end === -1 ? code.slice(i + 1) : code.slice(i + 1, end);
      literal += text;
      if (afterNumber) suffix += text;
      i = end === -1 ? code.length : end;
    } else if (c === '\\' || c === '_' || c === '*') {
      const text = c === '\\' ? (code[i + 1] ?? '') : '';
      literal += text;
      if (afterNumber) suffix += text;
      i++;
    } else if (c === '[') {
      const end = code.indexOf(']', i + 1);
      i = end === -1 ? code.length : end;
    } else {
      bare += c;
      if (/[0#?]/.test(c)) {
        afterNumber = true;
        suffix = '';
      } else if (afterNumber && !/[.,%Ee+\- ]/.test(c)) suffix += c; // a bare CJK character shown as it is
    }
  }
  // A date or time has y, m, d, h or s and no digit placeholder (yyyy-mm-dd, m/d/yy, h:mm).
  const date = !/[0#?]/.test(bare) && /[yYmMdDhHsS]/.test(bare.replace(/general/i, ''));
  return { percent: bare.includes('%'), date, suffix: suffix.trim() };
}
