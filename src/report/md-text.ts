// Markdown-safe text: fences longer than any backtick run, escaped table cells, one-line inline text.

/** A fenced code block whose fence is longer than any backtick run inside `code`, so analysed code cannot close it. */
export function fence(code: string, lang = ''): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${code.replace(/\n+$/, '')}\n${ticks}`;
}

/** Inline code span that survives backticks in `text` (CommonMark: a longer delimiter run, padded). */
export function code(text: string): string {
  const flat = oneLine(text);
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || longest > 0 ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** Collapses line breaks so text from the analysed code cannot start a heading, list or table row. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * Prose from messages or metadata: one line, with `<` and `>` outside code spans turned into entities so that
 * analysed text cannot open raw HTML (inside code spans entities would show literally, and are not needed).
 */
export function inline(text: string): string {
  return oneLine(text)
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

/** A table cell from already-rendered Markdown: one line, `|` escaped (GFM splits cells on it even in code spans). */
export function cell(markdown: string): string {
  return oneLine(markdown).replace(/\|/g, '\\|');
}

/** A GFM table from a header row and body rows (cells escaped here). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
