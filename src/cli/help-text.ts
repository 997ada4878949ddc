// Every description `kaohe --help` shows comes from the catalogue (src/messages/labels-help.ts), in both
// languages; `--lang` or LANG picks one.
import { HELP_LABELS } from '../messages/labels-help.js';
import type { Lang } from '../model.js';

/** A key of the help texts (label `help.<key>` of the catalogue). */
export type HelpKey = keyof typeof HELP_LABELS extends `help.${infer K}` ? K : never;

/** Returns a function giving each help text in `lang`. */
export function helpIn(lang: Lang): (key: HelpKey) => string {
  return (key) => HELP_LABELS[`help.${key}`][lang];
}

/** Returns the language the command line asks for (`--lang zh`, `--lang=en`), or undefined. */
export function langFromArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'zh' || value === 'en') return value;
  }
  return undefined;
}

const TITLES = {
  'Usage:': 'titleUsage',
  'Arguments:': 'titleArguments',
  'Options:': 'titleOptions',
  'Commands:': 'titleCommands',
  'Global Options:': 'titleGlobalOptions',
} as const satisfies Record<string, HelpKey>;

/**
 * Returns commander's help settings that word its own parts in `lang`: the section titles (Usage:, Options:…) and
 * the notes after an option's description ("(choices: …)", "(default: …)"), which commander writes in English.
 */
export function helpWordsIn(lang: Lang) {
  const t = helpIn(lang);
  const notes = (text: string): string =>
    text.replace(/\((choices|default): /g, (_m, k: string) => `(${t(k === 'choices' ? 'noteChoices' : 'noteDefault')}`);
  return {
    styleTitle: (title: string): string => (title in TITLES ? t(TITLES[title as keyof typeof TITLES]) : title),
    styleOptionDescription: notes,
    styleArgumentDescription: notes,
  };
}
