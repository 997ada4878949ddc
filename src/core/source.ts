// The core's way to the one source formatter (src/source.ts), kept so the rule and scoring files import it
// from their own step.
export { formatSource } from '../source.js';
