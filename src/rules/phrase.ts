// How the pure steps say something: a phrase of the catalogue (src/messages) with the values it names. The words
// are chosen later, by src/report; here only the phrase id and its numbers.
import type { LabelKey, Phrase, PhraseVarsArg } from '../messages/index.js';

/** Returns a phrase of the catalogue with the values it names: what a step says, worded later by src/report. */
export const say = <K extends LabelKey>(id: K, ...vars: PhraseVarsArg<K>): Phrase =>
  vars[0] === undefined ? { id } : { id, vars: vars[0] };
