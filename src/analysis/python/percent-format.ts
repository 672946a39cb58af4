// The conversions of a Python `%` format string (`"%(name)s is %d" % …`), found in linear time.

const CONVERSIONS = new Set('sdirfxXoeEgGc%');
const FLAGS = new Set('-#0 +');

/** A `%` conversion: `%(key)-08.3f` → key, and where it ends. */
export interface PercentSpec {
  start: number;
  end: number;
  key?: string;
  conv: string;
}

/**
 * The conversions of a `%` template, left to right, as the regex `%(\([^)]*\))?[-#0 +]*\d*(\.\d+)?([sdirfxXoeEgGc%])`
 * finds them — but in one pass: `[-#0 +]*\d*` overlap on `0` (quadratic on `"%000…0"`), and `\([^)]*` rescans to
 * the end of the text from every `%(` when no `)` follows.
 */
export function percentSpecs(template: string): PercentSpec[] {
  const out: PercentSpec[] = [];
  let close = -2; // the last `)` found, so runs of `%(` without one are searched once, not once each
  let from = template.indexOf('%');
  while (from >= 0) {
    let j = from + 1;
    let key: string | undefined;
    if (template[j] === '(') {
      if (close < j) close = template.indexOf(')', j);
      if (close < 0) close = template.length; // none left: no later `%(` can close either
      if (close < template.length) {
        key = template.slice(j, close + 1);
        j = close + 1;
      }
    }
    while (j < template.length && FLAGS.has(template[j]!)) j++;
    while (j < template.length && isDigit(template[j]!)) j++;
    if (template[j] === '.' && isDigit(template[j + 1] ?? '')) {
      j++;
      while (j < template.length && isDigit(template[j]!)) j++;
    }
    const conv = template[j];
    // An unclosed `(` is not a key: the regex then fails at `(`, as here (`(` is no conversion).
    if (conv !== undefined && CONVERSIONS.has(conv) && !(template[from + 1] === '(' && key === undefined)) {
      out.push({ start: from, end: j + 1, conv, ...(key !== undefined ? { key } : {}) });
      from = template.indexOf('%', j + 1);
    } else {
      from = template.indexOf('%', from + 1);
    }
  }
  return out;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
