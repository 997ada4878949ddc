// How a catalogue text becomes a message: `{name}` placeholders filled from typed variables, in both languages
// at once. The placeholder names are read from the text's type, so a call that forgets one fails to compile.
import type { Lang, Msg } from '../model.js';

/** A catalogue: texts by key, each in both languages. */
export type Texts = Readonly<Record<string, Msg>>;

/** A value for a placeholder: plain text or a number (the same in both languages), or a message of its own. */
export type Var = string | number | Msg;

// `{name}` where name is a word (letters, digits, _), as the PLACEHOLDER pattern reads it; other braces
// (`{from, to}`, `{…}`) are literal text.
type WordChar = Lowercase<Letter> | Uppercase<Letter> | Digit | '_';
type Letter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm';
type Letter2 = 'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z';
type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
type IsWord<S extends string> = S extends `${infer C}${infer R}`
  ? C extends WordChar | Lowercase<Letter2> | Uppercase<Letter2>
    ? R extends ''
      ? true
      : IsWord<R>
    : false
  : false;
type NamesIn<S extends string> = S extends `${string}{${infer P}}${infer R}`
  ? (IsWord<P> extends true ? P : never) | NamesIn<R>
  : never;

/** The placeholder names of a text, in either language. */
export type Names<T> = T extends { en: infer E extends string; zh: infer Z extends string }
  ? NamesIn<E> | NamesIn<Z>
  : never;

/** The variables a text needs, as a rest argument: none for a text without placeholders. */
export type VarsArg<T> = [Names<T>] extends [never] ? [] : [vars: { [K in Names<T>]: Var }];

const PLACEHOLDER = /\{(\w+)\}/g;

/** Returns the text in one language with each `{name}` replaced (a placeholder without a value stays as it is). */
export function fillIn(text: Msg, lang: Lang, vars: Readonly<Record<string, Var>> = {}): string {
  return text[lang].replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : typeof value === 'object' ? value[lang] : String(value);
  });
}

/** Returns the text in both languages with its placeholders filled. */
export function fill(text: Msg, vars: Readonly<Record<string, Var>> = {}): Msg {
  return { en: fillIn(text, 'en', vars), zh: fillIn(text, 'zh', vars) };
}

/** Returns the placeholder names of one language's text (for the catalogue's own test). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/** Returns the items joined in each language by that language's separator. */
export function joined(items: readonly Var[], separator: Msg): Msg {
  const one = (lang: Lang) => items.map((v) => (typeof v === 'object' ? v[lang] : String(v))).join(separator[lang]);
  return { en: one('en'), zh: one('zh') };
}

/** Returns a list of names joined as each language writes one: `a, b` and `a、b`. */
export function listOf(items: readonly (string | number)[]): Msg {
  return { en: items.join(', '), zh: items.join('、') };
}

/** Returns a unit or indicator as each language's messages name it: by id in English, by name in Chinese. */
export function named(id: string, name: string): Msg {
  return { en: id, zh: name };
}

/** Returns a text made for each language by `make` (a line a reporter words in the language it is given). */
export function perLang(make: (lang: Lang) => string): Msg {
  return { en: make('en'), zh: make('zh') };
}
