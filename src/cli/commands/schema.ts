// `kaohe schema [plan|actuals|result]`: print a JSON Schema, for editors and other tools.
import { SCHEMA_TEXTS } from '../../generated/schema-texts.js';
import { EXIT, type Context } from '../context.js';

/** Prints the chosen schema and returns exit code 0. */
export async function runSchema(ctx: Context, which: keyof typeof SCHEMA_TEXTS): Promise<number> {
  ctx.io.stdout.write(SCHEMA_TEXTS[which]);
  return EXIT.ok;
}
