// The program's entry for bin/kaohe.js: one bundle (scripts/bundle.mjs) so that a cold start
// resolves a few files instead of hundreds.
export { main } from './main.js';
export { nodeIo } from './io.js';
