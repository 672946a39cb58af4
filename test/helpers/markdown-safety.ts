// What a hostile pull request must never get into Markdown we post or commit: raw HTML or an HTML comment, a live
// mention, an issue reference, a link or image, a bare autolink, an unclosed code block, invisible characters.
//
// No CommonMark renderer is installed (commonmark, markdown-it, marked and micromark are all absent from
// node_modules, and the helpers may not add packages), so this reads the Markdown the way CommonMark does for the
// parts that matter: fenced code blocks (fence length and character), backslash escapes, code spans (equal-length
// backtick runs), and treats everything else as rendered text. It is stricter than a renderer where it differs:
// any `<` + letter outside code counts as HTML, wherever it sits. With `commonmark` as a dev dependency, swap the
// one line in `unsafeConstructs` for `unsafeInHtml(new HtmlRenderer().render(new Parser().parse(markdown)))`.

/** The App's own HTML (hidden fingerprint markers, the CWE/OWASP line, the collapsed Audit Notes): allowed, nothing else is. */
const OWN_HTML = /<!-- sentinel:fp=[0-9a-f]{8,64} -->|<\/?sub>|<details><summary>|<\/summary>|<\/details>/g;
/** The report's own links (CWE definitions). */
const OWN_LINKS = /\]\(https:\/\/cwe\.mitre\.org\/data\/definitions\/\d+\.html\)/g;

/** The text a reader sees outside code, as CommonMark splits it (escaped characters become `·`, code `⟦code⟧`). */
export function proseOf(markdown: string): { prose: string; problems: string[] } {
  const problems: string[] = [];
  const lines = markdown.split(/\r\n?|\n/);
  const kept: string[] = [];
  let open: string | undefined;
  for (const line of lines) {
    const run = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (open !== undefined) {
      if (run && run[0] === open[0] && run.length >= open.length && line.trim() === run) open = undefined;
      continue;
    }
    if (run && !(run[0] === '`' && line.slice(line.indexOf(run) + run.length).includes('`'))) {
      open = run;
      kept.push('⟦block⟧');
      continue;
    }
    kept.push(line);
  }
  if (open !== undefined) problems.push(`code block opened by ${open} is never closed`);
  return { prose: withoutCodeSpans(kept.join('\n')), problems };
}

function withoutCodeSpans(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      out += '·';
      i += 2;
      continue;
    }
    if (c !== '`') {
      out += c;
      i++;
      continue;
    }
    let n = 0;
    while (text[i + n] === '`') n++;
    const close = findRun(text, i + n, n);
    if (close < 0) {
      out += '`'.repeat(n);
      i += n;
      continue;
    }
    out += '⟦code⟧';
    i = close + n;
  }
  return out;
}

/** Index of the next run of exactly `n` backticks at or after `from`, or -1. */
function findRun(text: string, from: number, n: number): number {
  let i = from;
  while (i < text.length) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let m = 0;
    while (text[i + m] === '`') m++;
    if (m === n) return i;
    i += m;
  }
  return -1;
}

/** Problems in rendered prose (outside code): each a short description with the offending text. */
function unsafeInProse(prose: string): string[] {
  const problems: string[] = [];
  const stripped = prose.replace(OWN_HTML, '').replace(OWN_LINKS, ']⟦link⟧');
  const checks: [string, RegExp][] = [
    ['raw HTML or comment', /<[A-Za-z!/?]/g],
    ['comment end', /-->/g],
    ['mention', /@[A-Za-z0-9]/g],
    ['issue reference', /#\d|\bGH-\d/gi],
    ['link or image', /\]\(|!\[|\]\[|^ {0,3}\[[^\]]*\]:/gm],
    ['bare autolink', /\bhttps?:\/\/|\bwww\.|\bmailto:/gi],
    ['invisible or bidi character', /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g],
  ];
  for (const [what, pattern] of checks) {
    for (const m of stripped.matchAll(pattern)) {
      const at = m.index;
      problems.push(`${what}: …${stripped.slice(Math.max(0, at - 30), at + 30)}…`);
      if (problems.length > 20) return problems;
    }
  }
  return problems;
}

/** Everything unsafe in `markdown`; empty when nothing repository-controlled can act. */
export function unsafeConstructs(markdown: string): string[] {
  const { prose, problems } = proseOf(markdown);
  return [...problems, ...unsafeInProse(prose)];
}
