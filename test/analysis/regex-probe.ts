// Adversarial inputs for a regular expression, and a worker that times a regex on them and can be killed: a
// backtracking regex on hostile text (`^([A-Z]+[a-z0-9]*){2,}$` on "AAAA…A!") never returns, so the clock must
// run outside the thread that runs it.
import { Worker } from 'node:worker_threads';

/** Characters and short runs that pump the usual quantifiers (letters, digits, spaces, brackets, punctuation). */
const PUMPS = [
  'A',
  'a',
  '0',
  '1',
  ' ',
  '\t',
  '\n',
  '_',
  '.',
  '-',
  '/',
  '\\',
  '%',
  '#',
  ':',
  '=',
  ',',
  '*',
  '$',
  '@',
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '?',
  '+',
  '|',
  '&',
  '!',
  'é',
  'Aa',
  'aA',
  'a1',
  'A1',
  'a ',
  ' a',
  'a.',
  'a_',
  'a-',
  'a=',
  'a,',
  '{{',
  '((',
  '[[',
  '%0',
  '%(',
  '\n ',
  ' \n',
  '\r\n',
  'a(',
  '(a',
  '[a',
  '" ',
  "' ",
  '0.',
  'A_',
  '//',
  '#!',
];

/**
 * A string the regex's own text suggests, built left to right (first alternative, each atom once), with the
 * positions where a quantified atom sits: pumping that atom after its prefix is how `# nosec` + spaces + `!`
 * defeats `#\s*nosec\b:?\s*(…)*?\s*$`, which generic runs of one character never reach.
 */
export function targetedInputs(source: string, flags: string, n: number): string[] {
  const out: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const { sample, pumps } = sampleOf(alternative, flags);
    for (const { at, unit } of pumps) {
      if (!unit) continue;
      const times = Math.ceil(n / unit.length);
      const prefix = sample.slice(0, at);
      out.push(prefix + unit.repeat(times) + '!', prefix + unit.repeat(times), prefix + unit.repeat(times) + '\n!');
    }
    if (sample) out.push(sample.repeat(Math.ceil(n / sample.length)) + '!');
  }
  return out;
}

/** Runs of each pump character, with a character that usually ends a match attempt (`!`) and without. */
export function genericInputs(n: number): string[] {
  return PUMPS.flatMap((p) => {
    const run = p.repeat(Math.ceil(n / p.length));
    return [run + '!', run, '!' + run];
  });
}

function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

const ESCAPES: Record<string, string> = {
  s: ' ',
  S: 'a',
  d: '0',
  D: 'a',
  w: 'a',
  W: ' ',
  b: '',
  B: '',
  n: '\n',
  t: '\t',
  r: '\r',
  f: '\f',
  v: '\v',
  '0': '\0',
};
const CANDIDATES = [
  'a',
  'A',
  '0',
  ' ',
  '_',
  '-',
  '.',
  '/',
  '%',
  ',',
  ':',
  '=',
  '"',
  "'",
  '(',
  '[',
  '{',
  '\n',
  '!',
  '#',
  '*',
  'é',
];

/** One character that a class (`[A-Za-z_]`, `[^)]`) matches. */
function classChar(cls: string, flags: string): string {
  try {
    const re = new RegExp(`^${cls}$`, flags.replace(/[gy]/g, ''));
    return CANDIDATES.find((c) => re.test(c)) ?? '';
  } catch {
    return '';
  }
}

/** A sample string for one alternative, and each quantified atom's position and pumping unit. */
function sampleOf(source: string, flags: string): { sample: string; pumps: { at: number; unit: string }[] } {
  let sample = '';
  const pumps: { at: number; unit: string }[] = [];
  const groups: number[] = []; // sample offsets where open groups started
  let i = 0;
  const skipGroup = (from: number): number => {
    let depth = 0;
    for (let j = from; j < source.length; j++) {
      const ch = source[j];
      if (ch === '\\') {
        j++;
        continue;
      }
      if (ch === '[') {
        j = classEnd(source, j);
        continue;
      }
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) return j + 1;
    }
    return source.length;
  };
  while (i < source.length) {
    const ch = source[i]!;
    let atom = '';
    const atomStart = sample.length;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'x') {
        atom = String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16) || 97);
        i += 4;
      } else if (next === 'u') {
        atom = 'a';
        i += 6;
      } else if (next === 'p' || next === 'P') {
        atom = 'a';
        i = source.indexOf('}', i) + 1 || source.length;
      } else {
        atom = next in ESCAPES ? ESCAPES[next]! : next;
        i += 2;
      }
    } else if (ch === '[') {
      const end = classEnd(source, i);
      atom = classChar(source.slice(i, end + 1), flags);
      i = end + 1;
    } else if (ch === '(') {
      if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
        i = skipGroup(i);
        continue;
      } // lookaround: no text
      groups.push(sample.length);
      i += source.startsWith('(?:', i) ? 3 : source.startsWith('(?<', i) ? source.indexOf('>', i) + 1 : 1;
      continue;
    } else if (ch === ')') {
      const start = groups.pop() ?? 0;
      i++;
      const q = quantifier(source, i);
      if (q) {
        const unit = sample.slice(start);
        if (q.repeats) pumps.push({ at: start, unit });
        i = q.end;
      }
      continue;
    } else if (ch === '|') {
      // Only the first alternative of a group: skip to its closing parenthesis.
      let depth = 0;
      let j = i + 1;
      for (; j < source.length; j++) {
        const c = source[j];
        if (c === '\\') {
          j++;
          continue;
        }
        if (c === '[') {
          j = classEnd(source, j);
          continue;
        }
        if (c === '(') depth++;
        else if (c === ')') {
          if (depth === 0) break;
          depth--;
        }
      }
      i = j;
      continue;
    } else if (ch === '^' || ch === '$') {
      i++;
      continue;
    } else {
      atom = ch === '.' ? 'a' : ch;
      i++;
    }
    sample += atom;
    const q = quantifier(source, i);
    if (q) {
      if (q.repeats) pumps.push({ at: atomStart, unit: atom });
      i = q.end;
    }
  }
  return { sample, pumps };
}

function classEnd(source: string, from: number): number {
  for (let j = from + 1; j < source.length; j++) {
    if (source[j] === '\\') {
      j++;
      continue;
    }
    if (source[j] === ']' && j > from + 1 + (source[from + 1] === '^' ? 1 : 0)) return j;
  }
  return source.length - 1;
}

function quantifier(source: string, at: number): { end: number; repeats: boolean } | undefined {
  const ch = source[at];
  let end = at;
  let repeats = false;
  if (ch === '*' || ch === '+') {
    end = at + 1;
    repeats = true;
  } else if (ch === '?') end = at + 1;
  else if (ch === '{') {
    const m = /^\{(\d*)(,?)(\d*)\}/.exec(source.slice(at));
    if (!m) return undefined;
    end = at + m[0].length;
    repeats = m[2] === ',' || Number(m[1]) > 1;
  } else return undefined;
  if (source[end] === '?' || source[end] === '+') end++; // lazy or possessive-looking suffix
  return { end, repeats };
}

export interface ProbeTarget {
  id: string;
  source: string;
  flags: string;
}

export interface SlowRun {
  id: string;
  input: string;
  ms: number;
}

const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ targets, inputs, limitMs }) => {
  for (const t of targets) {
    parentPort.postMessage({ begin: t.id });
    const re = new RegExp(t.source, t.flags);
    for (const input of [...inputs.generic, ...(inputs.targeted[t.id] || [])]) {
      const run = () => {
        const started = performance.now();
        if (re.global || re.sticky) { re.lastIndex = 0; let m; while ((m = re.exec(input))) { if (m[0] === '') re.lastIndex++; if (!re.global) break; } }
        else re.exec(input);
        return performance.now() - started;
      };
      let ms = run();
      // A shared machine pauses threads now and then: a slow run counts only if two more are slow too.
      for (let retry = 0; retry < 2 && ms > limitMs; retry++) ms = Math.min(ms, run());
      if (ms > limitMs) parentPort.postMessage({ slow: { id: t.id, input: input.slice(0, 40) + '… (' + input.length + ' chars)', ms: Math.round(ms) } });
    }
  }
  parentPort.postMessage({ done: true });
});
`;

/**
 * Times every target on the generic and its targeted inputs; returns the runs over `limitMs`. A regex still
 * running after `hangMs` (exponential: it would never return) is reported with ms = Infinity and the worker is
 * replaced, so one bad pattern cannot stop the probe of the others.
 */
export async function probe(targets: ProbeTarget[], n: number, limitMs: number, hangMs: number): Promise<SlowRun[]> {
  const generic = genericInputs(n);
  const targeted: Record<string, string[]> = {};
  for (const t of targets) targeted[t.id] = targetedInputs(t.source, t.flags, n);
  const slow: SlowRun[] = [];
  let rest = targets;
  while (rest.length) {
    const batch = rest;
    const result = await new Promise<{ hungAt?: number }>((resolve, reject) => {
      const worker = new Worker(WORKER, { eval: true });
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          void worker.terminate();
          resolve({ hungAt: current });
        }, hangMs);
      };
      worker.on('message', (m: { begin?: string; slow?: SlowRun; done?: boolean }) => {
        if (m.begin !== undefined) {
          current++;
          arm();
        }
        if (m.slow) slow.push(m.slow);
        if (m.done) {
          clearTimeout(timer);
          void worker.terminate();
          resolve({});
        }
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      arm();
      worker.postMessage({ targets: batch, inputs: { generic, targeted }, limitMs });
    });
    if (result.hungAt === undefined) break;
    const hung = batch[Math.max(0, result.hungAt)]!;
    slow.push({ id: hung.id, input: `(still running after ${hangMs} ms)`, ms: Infinity });
    rest = batch.slice(Math.max(0, result.hungAt) + 1);
  }
  return slow;
}
