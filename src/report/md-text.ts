// Markdown-safe text. Everything a repository controls (snippets, strings, paths, identifiers, the data rules
// interpolate into messages, skipped-file reasons, branch names) reaches the Markdown we post or commit through
// one of three doors, and nothing else: `escapeText` (prose, the one escaping function), `code` (an inline code
// span) and `fence` (a code block). `inline` is `escapeText` for messages that carry rule-authored code spans.
//
// Why so strict: GitHub renders comments, check runs and committed files as GFM with raw HTML, mentions, issue
// references, autolinks and math. Analysed code is attacker-chosen in a pull request, so it must not be able to
// open an element or a comment, ping a person or team, cross-link an issue, or break out of a code span or block.

/** Longer prose is cut (a minified line must not make a comment or report unreadable). */
export const MAX_INLINE = 2_000;
/** Code block lines longer than this are cut for display (suggestions are never cut). */
export const MAX_FENCE_LINE = 1_000;

/**
 * Characters that hide or reorder text (Trojan Source bidi controls, C0/C1 controls, BOM, word joiner and invisible
 * operators, Unicode tag characters and supplementary variation selectors, which smuggle hidden text): shown as
 * U+FFFD so a reviewer sees that something is there instead of reading a reordered or silently extended line.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;

/** Markdown and HTML metacharacters. Entities where a backslash would not do (`|` splits GFM cells even escaped). */
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '`': '&grave;',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '|': '&vert;',
  '~': '\\~',
  $: '\\$',
};
const METACHARS = /[\\`*_[\]<>&|~$]/g;

/** Shows invisible and direction-changing characters. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, '\ufffd');
}

/** Collapses line breaks so text from the analysed code cannot start a heading, list or table row. */
export function oneLine(text: string): string {
  // Split and trim instead of one `\s*[\r\n]+\s*` regex: that one backtracks quadratically on long blank runs.
  return text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
    .replace(/\t/g, ' ');
}

/** At most `max` UTF-16 units, never splitting a surrogate pair, with `…` when cut. */
export function capped(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/**
 * Breaks what GitHub would turn live: `@user` / `@org/team` mentions, `#123`, `GH-123` and `owner/repo#1` references,
 * bare `https://`, `www.` and `mailto:` autolinks (an issue URL renders as a reference). A zero-width space does it: GitHub
 * matches these on the rendered text, where an HTML entity would already be decoded back into `@` or `#`.
 */
export function defuse(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200b')
    .replace(/(#|\bGH-)(?=\d)/gi, '$1\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
    .replace(/\b(mailto|xmpp):/gi, '$1\u200b:');
}

/** Metacharacters escaped and live references broken, without the line-start and length handling. */
function escapeFragment(text: string): string {
  return defuse(text.replace(METACHARS, (c) => ESCAPES[c] ?? c));
}

/** A line that starts with `#`, `-`, `+`, `=` or `1.` would become a heading, list or setext underline. */
function safeLineStart(markdown: string): string {
  return markdown.replace(/^([#+=-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * THE escaping function for repository-controlled prose: one line, capped, invisible characters shown, every
 * Markdown/HTML metacharacter escaped (so no element, comment, link, image, emphasis or code span can open),
 * mentions and references defused. Safe anywhere inline, including at the start of a line and in table cells.
 */
export function escapeText(text: string): string {
  return safeLineStart(escapeFragment(capped(visible(oneLine(text)), MAX_INLINE)));
}

/** The longest run of `char` in `text`. */
function longestRun(text: string, char: '`' | '~'): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text[i] === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** One code span around text that holds no `|` (already one line and visible). */
function span(content: string): string {
  const ticks = '`'.repeat(longestRun(content, '`') + 1);
  // CommonMark strips one space from each side when both are there: padding keeps edge backticks and spaces.
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${ticks}${pad}${content}${pad}${ticks}`;
}

/**
 * An inline code span that analysed text cannot close: the delimiter is one backtick longer than any run inside
 * (CommonMark), padded when the text starts or ends with a backtick. HTML, entities and mentions are inert in a
 * code span. A `|` splits a GFM table cell even inside a code span, so it is written between spans as an entity.
 */
export function code(text: string): string {
  const flat = capped(visible(oneLine(text)), MAX_INLINE);
  if (flat === '') return '` `';
  return flat
    .split('|')
    .map((part) => (part === '' ? '' : span(part)))
    .join('&vert;');
}

/** Display form of a code block's text: LF line ends, invisible characters shown, very long lines cut. */
function displayCode(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => capped(visible(line), MAX_FENCE_LINE))
    .join('\n');
}

/**
 * A fenced code block whose fence is longer than any backtick run inside `text`, so analysed code cannot close it
 * (a tilde line cannot close a backtick fence). `verbatim` keeps the text as it is apart from line ends, for
 * ```suggestion blocks, which GitHub applies to the file.
 */
export function fence(text: string, lang = '', options: { verbatim?: boolean } = {}): string {
  const body = (options.verbatim ? text.replace(/\r\n?/g, '\n') : displayCode(text)).replace(/\n+$/, '');
  const ticks = '`'.repeat(Math.max(3, longestRun(body, '`') + 1, longestRun(body, '~') + 1));
  const info = lang.replace(/[^A-Za-z0-9_+-]/g, '');
  return `${ticks}${info}\n${body}\n${ticks}`;
}

/**
 * Prose from messages or metadata whose authors mark code with backticks (`` `{{name}}` `` filled from analysed
 * code). The text is split into code spans and prose the way CommonMark pairs backtick runs (equal lengths); each
 * span is re-emitted through `code` and the prose through the escaping above. So however the interpolated data
 * unbalances the backticks, the output's structure is ours: at worst a span ends early and the rest is escaped text.
 */
export function inline(text: string): string {
  const flat = capped(visible(oneLine(text)), MAX_INLINE);
  const runs = [...flat.matchAll(/`+/g)].map((m) => ({ at: m.index, length: m[0].length }));
  // For each run, the next run of the same length (its closer), found in one pass from the end.
  const closer = new Array<number>(runs.length).fill(-1);
  const nextOfLength = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    closer[k] = nextOfLength.get(runs[k]!.length) ?? -1;
    nextOfLength.set(runs[k]!.length, k);
  }
  const parts: string[] = [];
  let textStart = 0;
  for (let k = 0; k < runs.length; k++) {
    const open = runs[k]!;
    const close = closer[k]!;
    if (close < 0) continue; // an unmatched run is literal text
    const end = runs[close]!;
    parts.push(escapeFragment(flat.slice(textStart, open.at)));
    const content = flat.slice(open.at + open.length, end.at);
    const stripped =
      content.length > 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== ''
        ? content.slice(1, -1)
        : content;
    parts.push(stripped === '' ? '' : code(stripped));
    textStart = end.at + end.length;
    k = close;
  }
  parts.push(escapeFragment(flat.slice(textStart)));
  return safeLineStart(parts.join(''));
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
