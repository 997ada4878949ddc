// A fast reading of the plain YAML a plan is written in — block mappings and sequences, one-line flow
// collections, plain and simply quoted scalars, comments — into the same data `yaml` gives, plus each
// node's line and column (what provenance needs) and each scalar's source text (exact decimals). It
// holds no Document: a national plan has 85,000 targets, and yaml's Document of them is sixty times the
// file. Anything outside that subset (anchors, aliases, tags, block scalars, multi-line scalars or flow
// collections, escapes, numbers other than plain decimals, keys other than ascii words, a duplicate key,
// tabs, CR, directives, several documents) makes it give up (undefined), and the caller parses the file
// with `yaml` as before — so every error, and every file it does not take, is read exactly as before.

/** Where a node starts, and for a scalar its text as a decimal reader wants it (a number's source). */
export interface FastNode {
  line: number;
  col: number;
  /** A scalar's source text (a number as written), or a string scalar's value; undefined for a collection. */
  text?: string;
  /** A mapping's entries by key, or a sequence's items. */
  entries?: Map<string, FastNode> | FastNode[];
}

/** A fast-read YAML text: its plain data (as yaml's toJS gives it) and the position tree beside it. */
export interface FastYaml {
  data: unknown;
  root: FastNode;
}

class GiveUp extends Error {}
const SPACE = 0x20;
const HASH = 0x23;
const COMMA = 0x2c;
const COLON = 0x3a;
// [A-Za-z0-9_]
const isWordCode = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
const giveUp = (): never => {
  throw new GiveUp();
};

// A plain decimal as kaohe's schemas write numbers: no sign but minus, no leading zero, no exponent,
// and few enough digits that parseInt and parseFloat (what yaml uses) and Number agree.
// Deeper nesting is left to yaml, whose reading refuses it past 64 levels with a positioned error; plans are
// five levels deep.
const MAX_DEPTH = 32;
const DECIMAL = /^-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,15})?$/;
// At most 128 characters: yaml refuses an implicit key over 1024 with a positioned error, which a longer key must
// reach (an id is at most 64; a longer key is never valid here).
const KEY = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
// A plain scalar must not start with an indicator, nor with what yaml could resolve to other than a string.
const SPECIAL_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
// What YAML 1.2's core schema reads as other than a string (yaml's own tests): null, bool, int, float, inf, nan.
const CORE_NOT_STRING = [
  /^(?:~|[Nn]ull|NULL)$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
];

/** Returns the data and positions of a YAML text in the subset above, or undefined to have it parsed in full. */
export function readFastYaml(text: string): FastYaml | undefined {
  if (text.includes('\r') || text.includes('\t') || text.includes('\\')) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

interface Line {
  /** Offset of the line's first character, and of its first non-space character. */
  start: number;
  at: number;
  end: number;
  indent: number;
  number: number;
}

class Reader {
  private readonly lines: Line[] = [];
  private i = 0;
  private depth = 0;

  constructor(private readonly text: string) {
    let number = 1;
    for (let start = 0; start <= text.length; number++) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      let at = start;
      while (at < end && text.charCodeAt(at) === 32) at++;
      // A blank or comment-only line is no node; a document marker or directive is beyond this reader.
      const first = text[at];
      if (at < end && first !== '#') {
        if (first === '%' || text.startsWith('---', at) || text.startsWith('...', at)) giveUp();
        this.lines.push({ start, at, end, indent: at - start, number });
      }
      if (end === text.length) break;
      start = end + 1;
    }
  }

  document(): FastYaml {
    if (this.lines.length === 0) giveUp();
    const first = this.lines[0]!;
    if (first.indent !== 0) giveUp();
    const node = this.block(0);
    if (this.i < this.lines.length) giveUp();
    return { data: node.value, root: node.pos };
  }

  // The block node whose first line is lines[i], at indentation `indent`.
  private block(indent: number): { value: unknown; pos: FastNode } {
    const line = this.lines[this.i]!;
    if (line.indent !== indent || ++this.depth > MAX_DEPTH) giveUp();
    const node =
      this.text[line.at] === '-' && this.isSpaceOrEnd(line.at + 1)
        ? this.sequence(indent)
        : this.mapping(indent, line.at);
    this.depth--;
    return node;
  }

  private sequence(indent: number): { value: unknown[]; pos: FastNode } {
    const first = this.lines[this.i]!;
    const value: unknown[] = [];
    const items: FastNode[] = [];
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.indent < indent) break;
      if (line.indent > indent || this.text[line.at] !== '-' || !this.isSpaceOrEnd(line.at + 1)) giveUp();
      let at = line.at + 1;
      while (at < line.end && this.text.charCodeAt(at) === 32) at++;
      const item = at >= line.end || this.text[at] === '#' ? this.nested(indent) : this.itemOnLine(line, at);
      value.push(item.value);
      items.push(item.pos);
    }
    return { value, pos: this.pos(first, first.at, { entries: items }) };
  }

  // "- key: value" starts a mapping at the column after the dash; "- scalar" or "- {flow}" is one line.
  private itemOnLine(line: Line, at: number): { value: unknown; pos: FastNode } {
    if (this.keyEnd(line, at) !== -1) {
      // Lines of the mapping go on at this column: read it as a block at that indentation.
      const column = at - line.start;
      const shifted = { ...line, at, indent: column };
      this.lines[this.i] = shifted;
      return this.mapping(column, at);
    }
    return this.inline(line, at, line.indent);
  }

  private mapping(indent: number, firstAt: number): { value: Record<string, unknown>; pos: FastNode } {
    const first = this.lines[this.i]!;
    const value: Record<string, unknown> = {};
    const entries = new Map<string, FastNode>();
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.indent < indent) break;
      if (line.indent > indent) giveUp();
      const colon = this.keyEnd(line, line.at);
      if (colon === -1) giveUp();
      const key = this.text.slice(line.at, colon);
      if (!KEY.test(key) || key === '__proto__' || entries.has(key)) giveUp();
      let at = colon + 1;
      while (at < line.end && this.text.charCodeAt(at) === 32) at++;
      const item =
        at >= line.end || this.text[at] === '#' ? this.nested(indent, true) : this.afterKey(line, at, indent);
      value[key] = item.value;
      entries.set(key, item.pos);
    }
    return { value, pos: this.pos(first, firstAt, { entries }) };
  }

  private afterKey(line: Line, at: number, indent: number): { value: unknown; pos: FastNode } {
    return this.inline(line, at, indent);
  }

  // A key or dash with nothing after it on its line: the value is the block below (a sequence may sit at
  // the key's own indentation); an empty value (null) is left to yaml.
  private nested(indent: number, mayBeSameIndent = false): { value: unknown; pos: FastNode } {
    this.i++;
    const next = this.lines[this.i];
    const sameIndentSeq =
      mayBeSameIndent && next?.indent === indent && this.text[next.at] === '-' && this.isSpaceOrEnd(next.at + 1);
    if (next === undefined || (next.indent <= indent && !sameIndentSeq)) return giveUp(); // null values: rare, give up
    return this.block(next.indent);
  }

  // The end of "key:" on a line (the colon's offset), or -1 when the line holds no key there.
  private keyEnd(line: Line, at: number): number {
    const colon = this.text.indexOf(':', at);
    if (colon === -1 || colon >= line.end || !this.isSpaceOrEnd(colon + 1)) return -1;
    return KEY.test(this.text.slice(at, colon)) ? colon : -1;
  }

  // A value after a key or dash: a scalar on its line or a flow collection (whose lines go on, indented more
  // than `indent`), then nothing but a comment.
  private inline(line: Line, at: number, indent: number): { value: unknown; pos: FastNode } {
    const flow = new Flow(this.text, line, at, this.depth, () => {
      const next = this.lines[++this.i];
      if (next === undefined || next.indent <= indent) giveUp();
      return next!;
    });
    const node = flow.value(true);
    flow.end();
    this.i++;
    return node;
  }

  private isSpaceOrEnd(at: number): boolean {
    const c = this.text[at];
    return c === undefined || c === ' ' || c === '\n';
  }

  private pos(line: Line, at: number, extra: Partial<FastNode>): FastNode {
    return { line: line.number, col: at - line.start + 1, ...extra };
  }
}

/** One line's flow content (or a block scalar on its line): `{a: 1, b: [x, 'y']}`, `4.3`, `城关区`. */
class Flow {
  private at: number;

  constructor(
    private readonly text: string,
    private line: Line,
    at: number,
    private depth: number,
    private readonly nextLine: () => Line,
  ) {
    this.at = at;
  }

  value(block: boolean): { value: unknown; pos: FastNode } {
    const c = this.text[this.at];
    const col = this.at - this.line.start + 1;
    if (c === '{' || c === '[') return this.collection(c, col);
    if (c === "'" || c === '"') return this.quoted(c, col);
    return this.plain(block, col);
  }

  end(): void {
    this.skipSpaces();
    if (this.at < this.line.end && this.text[this.at] !== '#') giveUp();
  }

  private collection(open: string, col: number): { value: unknown; pos: FastNode } {
    const isMap = open === '{';
    const line = this.line.number;
    if (++this.depth > MAX_DEPTH) giveUp();
    this.at++;
    const value: Record<string, unknown> | unknown[] = isMap ? {} : [];
    const entries: Map<string, FastNode> | FastNode[] = isMap ? new Map() : [];
    this.skipBlank();
    const close = isMap ? '}' : ']';
    while (this.text[this.at] !== close) {
      if (isMap) {
        const start = this.at;
        while (this.at < this.line.end && isWordCode(this.text.charCodeAt(this.at))) this.at++;
        const key = this.text.slice(start, this.at);
        const map = entries as Map<string, FastNode>;
        if (!KEY.test(key) || key === '__proto__' || map.has(key) || this.text.charCodeAt(this.at) !== COLON) giveUp();
        this.at++;
        if (this.text.charCodeAt(this.at) !== SPACE) giveUp();
        this.skipSpaces();
        if (this.at >= this.line.end || this.text[this.at] === '#') giveUp(); // an empty value: left to yaml
        const item = this.value(false);
        (value as Record<string, unknown>)[key] = item.value;
        map.set(key, item.pos);
      } else {
        const item = this.value(false);
        (value as unknown[]).push(item.value);
        (entries as FastNode[]).push(item.pos);
      }
      this.skipBlank();
      if (this.text[this.at] === ',') {
        this.at++;
        this.skipBlank();
        if (this.text[this.at] === close) giveUp(); // a trailing comma: leave it to yaml
      } else if (this.text[this.at] !== close) {
        giveUp();
      }
    }
    this.at++;
    this.depth--;
    return { value, pos: { line, col, entries } };
  }

  private quoted(quote: string, col: number): { value: unknown; pos: FastNode } {
    let out = '';
    let from = this.at + 1;
    for (;;) {
      const close = this.text.indexOf(quote, from);
      if (close === -1 || close >= this.line.end) giveUp();
      out += this.text.slice(from, close);
      // '' inside single quotes is one quote; a double-quoted string has no escape here (no backslash at all)
      if (quote === "'" && this.text[close + 1] === "'") {
        out += "'";
        from = close + 2;
        continue;
      }
      this.at = close + 1;
      break;
    }
    return { value: out, pos: { line: this.line.number, col, text: out } };
  }

  // A plain scalar: to a comment or the line's end (block), or also to , ] } (flow); a plain decimal is a
  // number, anything yaml might read as other than a string is given up on.
  private plain(block: boolean, col: number): { value: unknown; pos: FastNode } {
    const start = this.at;
    const { text } = this;
    let end = start;
    while (end < this.line.end) {
      const c = text.charCodeAt(end);
      if (c === HASH && text.charCodeAt(end - 1) === SPACE) break;
      if (!block && (c === COMMA || c === 0x5d || c === 0x7d || c === 0x5b || c === 0x7b)) break; // ] } [ {
      if (c === COLON && (end + 1 === this.line.end || text.charCodeAt(end + 1) === SPACE || !block)) giveUp();
      end++;
    }
    while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
    const raw = text.slice(start, end);
    this.at = end;
    if (raw === '') giveUp();
    const pos = { line: this.line.number, col, text: raw };
    const first = raw.charCodeAt(0);
    // A digit or minus: a plain decimal is a number; anything else that starts so is left to yaml below.
    if (((first >= 0x30 && first <= 0x39) || first === 0x2d) && DECIMAL.test(raw)) return { value: Number(raw), pos };
    if (raw === 'true' || raw === 'false') return { value: raw === 'true', pos };
    if (first < 0x80 && (SPECIAL_START.test(raw) || CORE_NOT_STRING.some((r) => r.test(raw)))) giveUp();
    return { value: raw, pos };
  }

  private skipSpaces(): void {
    while (this.at < this.line.end && this.text.charCodeAt(this.at) === 32) this.at++;
  }

  // Inside a flow collection: spaces, a comment, and line breaks to the next line that holds something.
  private skipBlank(): void {
    this.skipSpaces();
    while (this.at >= this.line.end || (this.text[this.at] === '#' && this.text[this.at - 1] === ' ')) {
      this.line = this.nextLine();
      this.at = this.line.at;
    }
  }
}
