// Commander's usage errors in the user's language: commander writes them in English, kaohe says them in Chinese
// under --lang zh (or a zh_* locale), from the catalogue's patterns (src/messages/labels-usage.ts).
import { USAGE_ZH } from '../messages/labels-usage.js';
import type { Lang } from '../model.js';

/** Returns commander's error text `text` as said in `lang`: unchanged in English, each known phrase in Chinese. */
export function usageErrorIn(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  let out = text;
  for (const [pattern, zh] of USAGE_ZH) out = out.replace(pattern, zh);
  return out;
}
