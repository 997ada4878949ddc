// The README's example blocks: a fenced block whose first line is `$ kaohe ARGS` holds that
// command's real output. scripts/update-readme.mjs refreshes them; test/readme.test.ts checks them.

const BLOCK = /```\n\$ kaohe ([^\n]*)\n([\s\S]*?)```/g;

/** Returns each example block: its arguments, the output it shows, and where it is in the text. */
export function findCommandBlocks(text) {
  return [...text.matchAll(BLOCK)].map((m) => ({
    args: m[1].split(/\s+/).filter(Boolean),
    shown: m[2],
    index: m.index,
    length: m[0].length,
  }));
}

/** Returns the body a block should show for a run: stdout, then stderr, then a non-zero exit code. */
export function formatOutput(run) {
  let body = run.stdout + run.stderr;
  if (body !== '' && !body.endsWith('\n')) body += '\n';
  if (run.code !== 0) body += `# exit code: ${run.code}\n`;
  return body;
}

/** Returns the README text with every block's output replaced by `outputs[i]`. */
export function replaceOutputs(text, blocks, outputs) {
  let out = '';
  let at = 0;
  blocks.forEach((b, i) => {
    out += `${text.slice(at, b.index)}\`\`\`\n$ kaohe ${b.args.join(' ')}\n${outputs[i]}\`\`\``;
    at = b.index + b.length;
  });
  return out + text.slice(at);
}
