// What a hostile pull request must never get into Markdown we post or commit: raw HTML or an HTML comment, a live
// mention, an issue reference, a link or image, a bare autolink, an unclosed code block, invisible characters.
//
// The Markdown is read by a real CommonMark implementation (the `commonmark` package, the reference parser), twice:
// its syntax tree says what is raw HTML, a link, an image or text a reader sees (GitHub turns `@name`, `#12` and
// `www.…` in text into mentions, references and links, so those are looked for in text nodes); its HTML rendering,
// with raw HTML passed through, must hold no element or comment but those the renderer makes from Markdown syntax
// and the App's own. Code spans and blocks are inert. An unclosed fence (which CommonMark closes at the end of the
// document, swallowing everything after it) is found by reading the fences line by line.
import { HtmlRenderer, Parser, type Node } from 'commonmark';

/** The App's own HTML (hidden fingerprint markers, the CWE/OWASP line, the collapsed Audit Notes): allowed, nothing else is. */
const OWN_HTML = /<!-- sentinel:fp=[0-9a-f]{8,64} -->|<\/?sub>|<details><summary>|<\/summary>|<\/details>/g;
/** The report's own links (CWE definitions). */
const OWN_LINK = /^https:\/\/cwe\.mitre\.org\/data\/definitions\/\d+\.html$/;
/** Elements the renderer itself makes from Markdown syntax, and the App's own (sub, details, summary). */
const RENDERER_TAGS = new Set([
  'p',
  'code',
  'pre',
  'em',
  'strong',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'br',
  'a',
  'sub',
  'details',
  'summary',
]);

const TEXT_CHECKS: [string, RegExp][] = [
  ['mention', /@[A-Za-z0-9]/g],
  ['issue reference', /#\d|\bGH-\d/gi],
  ['bare autolink', /\bhttps?:\/\/|\bwww\.|\bmailto:/gi],
  ['invisible or bidi character', /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g],
];

const parser = new Parser();
const renderer = new HtmlRenderer({ safe: false });

const around = (text: string, at: number) => `…${text.slice(Math.max(0, at - 30), at + 30)}…`;

function textProblems(text: string, problems: string[]): void {
  for (const [what, pattern] of TEXT_CHECKS) {
    for (const m of text.matchAll(pattern)) problems.push(`${what}: ${around(text, m.index)}`);
  }
}

/** Problems found in the syntax tree: raw HTML, links, images, and what text nodes would turn into. */
function treeProblems(root: Node, problems: string[]): void {
  const walker = root.walker();
  // Adjacent text nodes read as one text (CommonMark splits `\#1` into `#` and `1`; GitHub sees `#1`).
  let text = '';
  for (let event = walker.next(); event; event = walker.next()) {
    const node = event.node;
    if (node.type === 'text') {
      text += node.literal ?? '';
      continue;
    }
    textProblems(text, problems);
    text = '';
    if (!event.entering) continue;
    switch (node.type) {
      case 'html_inline':
      case 'html_block': {
        // Raw HTML passes to the page as it is: what is left after the App's own tags is read as text, and any tag
        // or comment in it is a problem.
        const rest = (node.literal ?? '').replace(OWN_HTML, '');
        for (const m of rest.matchAll(/<[A-Za-z!/?]|-->/g))
          problems.push(`raw HTML or comment: ${around(rest, m.index)}`);
        textProblems(rest, problems);
        break;
      }
      case 'link':
        if (!OWN_LINK.test(node.destination ?? '')) problems.push(`link: ${node.destination}`);
        break;
      case 'image':
        problems.push(`image: ${node.destination}`);
        break;
      default:
        break; // code, code_block: inert; containers: their children are visited
    }
  }
  textProblems(text, problems);
}

/** Problems in the rendered HTML: any element the renderer does not make itself, any comment not the App's. */
function htmlProblems(html: string, problems: string[]): void {
  const rest = html.replace(OWN_HTML, '');
  for (const m of rest.matchAll(/<!--|<([A-Za-z][A-Za-z0-9-]*)|<[!?]/g)) {
    const tag = m[1]?.toLowerCase();
    if (
      tag &&
      RENDERER_TAGS.has(tag) &&
      (tag !== 'a' || OWN_LINK.test(/^<a href="([^"]*)"/.exec(rest.slice(m.index))?.[1] ?? ''))
    )
      continue;
    problems.push(`HTML ${tag ? `element <${tag}>` : 'comment or declaration'}: ${around(rest, m.index)}`);
  }
}

/** A fenced code block never closed (renderer-independent: CommonMark and GitHub both run it to the end). */
function unclosedFence(markdown: string): string | undefined {
  let open: string | undefined;
  for (const line of markdown.split(/\r\n?|\n/)) {
    const run = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (open !== undefined) {
      if (run && run[0] === open[0] && run.length >= open.length && line.trim() === run) open = undefined;
    } else if (run && !(run[0] === '`' && line.slice(line.indexOf(run) + run.length).includes('`'))) {
      open = run;
    }
  }
  return open;
}

/** Everything unsafe in `markdown`; empty when nothing repository-controlled can act. At most 20, for readable failures. */
export function unsafeConstructs(markdown: string): string[] {
  const problems: string[] = [];
  const open = unclosedFence(markdown);
  if (open !== undefined) problems.push(`code block opened by ${open} is never closed`);
  const tree = parser.parse(markdown);
  treeProblems(tree, problems);
  htmlProblems(renderer.render(tree), problems);
  return problems.slice(0, 20);
}
