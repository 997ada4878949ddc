// Did-you-mean: the closest known name to what the user typed, over ids and Chinese names alike.
import { distance } from 'fastest-levenshtein';

/**
 * Returns the candidate closest to `input` (by edit distance, or containment for CJK names), or undefined when none is
 * close.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.trim().toLowerCase();
  if (needle === '') return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    // 东城 → 东城区: a prefix or containment match is the strongest hint for Chinese names.
    const score =
      hay.includes(needle) || needle.includes(hay) ? Math.abs(hay.length - needle.length) * 0.5 : distance(needle, hay);
    if (score < bestScore || (score === bestScore && best !== undefined && candidate < best)) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const longer = Math.max(needle.length, best.length);
  const limit = Math.max(1, Math.floor(longer / 2));
  // A name with every character changed (D for A, 乙 for 甲) shares nothing with the suggestion: no hint.
  return bestScore <= limit && bestScore < longer ? best : undefined;
}
