// Secret redaction for every output. A hard-coded credential found in the code must not be re-published by the
// tool that found it: reports are committed, check runs and comments are read by everyone with access to the
// repository (and by forks' authors), SARIF goes to code scanning, CI keeps logs. Rules mark the nodes that hold a
// secret (`ReportDescriptor.secrets` → `Finding.secrets`); this module turns them into
// - positional redaction of every finding's snippet that covers a secret (whichever rule reported the finding),
//   keeping the literal's quotes and its first characters: `"AKIA…"`;
// - a text redactor for everything else derived from the file (suggestions, fix patches, messages, final output),
//   which replaces each secret value, wherever it appears, with the same short prefix.
import type { Finding, SecretSpan } from '../analysis/rule.js';
import type { ScanResult } from '../analysis/scan.js';
import type { SuppressedFinding } from '../analysis/suppressions.js';

/** Content pieces shorter than this are only replaced in their quoted form (a bare `admin` is everywhere). */
const MIN_BARE_NEEDLE = 6;

/**
 * Whether a secret's bare content is replaced wherever it appears in the output, not only in its quoted form: a
 * plain lower-case word (`"mealie"` as a default database password) also names the project, its folders and its
 * modules, and replacing it there would corrupt paths in every report. Such values are still cut from snippets
 * by position and in their quoted form.
 */
function replaceBare(content: string): boolean {
  return content.length >= MIN_BARE_NEEDLE && !/^[a-z]+$/.test(content);
}

export interface Redaction {
  /** The scan with every snippet, message, note and fix description redacted (fixes that would repeat a secret dropped). */
  result: ScanResult;
  /** The redacted version of a finding of the original result (lists built from it keep pointing at the same finding). */
  finding(original: Finding): Finding;
  /** Replaces every secret value found in the scan, wherever it appears in `text`. */
  text(text: string): string;
  /** How many distinct secret values were found. */
  secrets: number;
}

/** First characters of a secret, enough to find it, too few to use it; only characters safe in JSON, Markdown and logs. */
export function secretPreview(value: string): string {
  const shown = value.length <= 4 ? value.slice(0, 1) : value.slice(0, Math.min(4, Math.floor(value.length / 3)));
  return `${shown.replace(/[^A-Za-z0-9_./+=:-]/g, '')}…`;
}

const LITERAL = /^([rRbBuUfF]{0,3})('''|"""|'|")/;

/** A string literal's source text with its content cut to a preview: `"AKIAIOSFODNN7EXAMPLE"` → `"AKIA…"`. */
export function redactLiteral(text: string): string {
  const open = LITERAL.exec(text);
  if (!open) return secretPreview(text); // a comment or a partial span
  const quote = open[2]!;
  const head = open[0];
  const closed = text.length >= head.length + quote.length && text.endsWith(quote);
  const content = text.slice(head.length, closed ? text.length - quote.length : text.length);
  return `${head}${secretPreview(content)}${closed ? quote : ''}`;
}

function allFindings(result: ScanResult): Finding[] {
  return [
    ...result.findings,
    ...result.auditNotes,
    ...(result.merged ?? []),
    ...result.suppressed.map((s) => s.finding),
    ...result.files.flatMap((f) => [...f.findings, ...f.suppressed.map((s) => s.finding)]),
  ];
}

const before = (a: { line: number; column: number }, b: { line: number; column: number }) =>
  a.line < b.line || (a.line === b.line && a.column < b.column);

/** Spans by path, overlapping ones merged (two rules may flag the same literal). */
function spansByPath(findings: readonly Finding[]): Map<string, SecretSpan[]> {
  const byPath = new Map<string, SecretSpan[]>();
  for (const f of findings) for (const s of f.secrets ?? []) byPath.set(f.path, [...(byPath.get(f.path) ?? []), s]);
  for (const [path, spans] of byPath) {
    const sorted = [...spans].sort((a, b) => a.line - b.line || a.column - b.column);
    const merged: SecretSpan[] = [];
    for (const s of sorted) {
      const last = merged[merged.length - 1];
      const end = { line: s.endLine, column: s.endColumn };
      if (last && !before({ line: last.endLine, column: last.endColumn }, { line: s.line, column: s.column })) {
        if (before({ line: last.endLine, column: last.endColumn }, end))
          merged[merged.length - 1] = { ...last, endLine: s.endLine, endColumn: s.endColumn };
      } else {
        merged.push({ ...s });
      }
    }
    byPath.set(path, merged);
  }
  return byPath;
}

/** The file's lines by 1-based number: from the source when known, else pieced together from the snippets. */
function linesOf(path: string, findings: readonly Finding[], source: string | undefined): Map<number, string> {
  const lines = new Map<number, string>();
  if (source !== undefined) {
    source.split(/\r?\n/).forEach((text, i) => lines.set(i + 1, text));
    return lines;
  }
  for (const f of findings) {
    if (f.path !== path) continue;
    f.snippet.split('\n').forEach((text, i) => lines.set(f.line + i, text));
  }
  return lines;
}

/** The text a span covers, as far as `lines` has it (undefined when its first line is unknown). */
function spanText(span: SecretSpan, lines: Map<number, string>): string | undefined {
  const first = lines.get(span.line);
  if (first === undefined) return undefined;
  if (span.endLine === span.line) return first.slice(span.column - 1, span.endColumn - 1);
  const parts = [first.slice(span.column - 1)];
  for (let n = span.line + 1; n < span.endLine && lines.has(n); n++) parts.push(lines.get(n)!);
  const last = lines.get(span.endLine);
  if (last !== undefined && parts.length === span.endLine - span.line) parts.push(last.slice(0, span.endColumn - 1));
  return parts.join('\n');
}

/** The strings to replace (the literal as written, and each line of its content) with their replacement. */
function needlesOf(text: string): [string, string][] {
  const needles: [string, string][] = [];
  // Very short literals (`"pw"`) are common words elsewhere in a report; snippets still lose them by position.
  if (text.length >= MIN_BARE_NEEDLE) needles.push([text, redactLiteral(text)]);
  const open = LITERAL.exec(text);
  const content = open ? text.slice(open[0].length).replace(/('''|"""|'|")$/, '') : text;
  for (const piece of content.split(/\r?\n|\\n/)) {
    const trimmed = piece.trim();
    if (replaceBare(trimmed)) needles.push([trimmed, secretPreview(trimmed)]);
  }
  return needles;
}

/** Replaces the spans in a snippet whose first line is `firstLine` (right to left, so offsets stay valid). */
function redactSnippet(snippet: string, firstLine: number, spans: readonly SecretSpan[]): string {
  const lines = snippet.split('\n');
  const lastLine = firstLine + lines.length - 1;
  const offsetOf = (line: number, column: number) => {
    let offset = 0;
    for (let n = firstLine; n < line; n++) offset += (lines[n - firstLine]?.length ?? 0) + 1;
    return offset + Math.min(column - 1, lines[line - firstLine]?.length ?? 0);
  };
  let out = snippet;
  for (const span of [...spans].reverse()) {
    if (span.endLine < firstLine || span.line > lastLine) continue;
    const startsHere = span.line >= firstLine;
    const start = startsHere ? offsetOf(span.line, span.column) : 0;
    const end = span.endLine <= lastLine ? offsetOf(span.endLine, span.endColumn) : snippet.length;
    const covered = out.slice(start, end);
    out = `${out.slice(0, start)}${startsHere ? redactLiteral(covered) : '…'}${out.slice(end)}`;
  }
  return out;
}

/**
 * Redacts a scan. `source` gives a file's text when the caller has it (the CLI and the App do): the secret is then
 * known whole even where it runs past the five lines a snippet keeps.
 */
export function redactSecrets(result: ScanResult, source?: (path: string) => string | undefined): Redaction {
  const findings = allFindings(result);
  const spans = spansByPath(findings);
  const needles = needlesIn(findings, spans, source);
  const text = replacer(needles);
  if (spans.size === 0) {
    return { result, finding: (f) => f, text, secrets: 0 };
  }
  const redacted = new Map<Finding, Finding>();
  const finding = (f: Finding): Finding => {
    let done = redacted.get(f);
    if (!done) {
      done = redactFinding(f, spans.get(f.path) ?? [], text);
      redacted.set(f, done);
    }
    return done;
  };
  const suppressed = (s: SuppressedFinding): SuppressedFinding => ({ ...s, finding: finding(s.finding) });
  const out: ScanResult = {
    ...result,
    files: result.files.map((f) => ({
      ...f,
      findings: f.findings.map(finding),
      suppressed: f.suppressed.map(suppressed),
      errors: f.errors.map((e) => ({ ...e, message: text(e.message) })),
    })),
    skipped: result.skipped.map((s) => ({ ...s, reason: text(s.reason) })),
    findings: result.findings.map(finding),
    auditNotes: result.auditNotes.map(finding),
    ...(result.merged ? { merged: result.merged.map(finding) } : {}),
    suppressed: result.suppressed.map(suppressed),
    errors: result.errors.map((e) => ({ ...e, message: text(e.message) })),
    notes: result.notes.map(text),
  };
  return { result: out, finding, text, secrets: needles.size };
}

/**
 * Only the text redactor of a scan: for text derived from the sources (fix patches), by renderers that may get an
 * already redacted result (its spans still point into the unredacted source, so the values are found there).
 */
export function secretRedactor(
  result: ScanResult,
  source?: (path: string) => string | undefined,
): (text: string) => string {
  const findings = allFindings(result);
  return replacer(needlesIn(findings, spansByPath(findings), source));
}

function needlesIn(
  findings: readonly Finding[],
  spans: Map<string, SecretSpan[]>,
  source?: (path: string) => string | undefined,
): Map<string, string> {
  const needles = new Map<string, string>();
  for (const [path, list] of spans) {
    const lines = linesOf(path, findings, source?.(path));
    for (const span of list) {
      const text = spanText(span, lines);
      if (text !== undefined) for (const [needle, replacement] of needlesOf(text)) needles.set(needle, replacement);
    }
  }
  return needles;
}

/** Replaces each needle, longest first (a literal before its bare content). */
function replacer(needles: Map<string, string>): (text: string) => string {
  const ordered = [...needles].sort((a, b) => b[0].length - a[0].length);
  return (value: string) => {
    let out = value;
    for (const [needle, replacement] of ordered) if (out.includes(needle)) out = out.split(needle).join(replacement);
    return out;
  };
}

function redactFinding(f: Finding, spans: readonly SecretSpan[], text: (value: string) => string): Finding {
  const { fix, flow, ...rest } = f;
  // A fix whose replacement text repeats a secret cannot be offered (SARIF and suggestions would publish it).
  const keepFix = fix && fix.edits.every((e) => text(e.text) === e.text);
  return {
    ...rest,
    message: text(f.message),
    snippet: text(redactSnippet(f.snippet, f.line, spans)),
    ...(keepFix ? { fix: { ...fix, description: text(fix.description) } } : {}),
    ...(flow ? { flow: flow.map((step) => ({ ...step, note: text(step.note) })) } : {}),
  };
}

/** `value` with `text` applied to every string in it (plain data: check run outputs, JSON documents). */
export function redactStrings<T>(value: T, text: (value: string) => string): T {
  if (typeof value === 'string') return text(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactStrings(v, text)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v, text)])) as T;
  }
  return value;
}
