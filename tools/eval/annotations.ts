// The one annotation dialect of SentinelPy's Python test files, semgrep-style: `# ruleid: <ids>` / `# ok: <ids>`
// / `# todoruleid:` / `# todook:` on the line(s) before the code line they describe. An id is a rule id (the rule
// fixtures, rules/<category>/<id>.py) or a CWE (the labelled corpus, test/corpus: `# ruleid: CWE-89` must be
// reported under that CWE by some rule, `# ok: CWE-89` must not). Several ids are separated by commas or spaces.
export interface Expectations {
  /** 1-based code lines that must fire, per id. */
  ruleid: Map<string, Set<number>>;
  /** 1-based code lines that must not fire, per id. */
  ok: Map<string, Set<number>>;
  /** Known gaps (`todoruleid` / `todook`): lines whose result is not checked, per id. */
  todo: Map<string, Set<number>>;
}

const ANNOTATION = /^\s*#\s*(ruleid|ok|todoruleid|todook)\s*:\s*([a-z0-9A-Z,-][a-z0-9A-Z,\s-]*)$/;

/** An annotation applies to the next line that is neither blank nor a comment. */
export function parseAnnotations(source: string): Expectations {
  const lines = source.split(/\r?\n/);
  const out: Expectations = { ruleid: new Map(), ok: new Map(), todo: new Map() };
  let pending: { kind: string; ids: string[] }[] = [];
  lines.forEach((text, i) => {
    const m = ANNOTATION.exec(text);
    if (m) {
      pending.push({ kind: m[1]!, ids: m[2]!.split(/[\s,]+/).filter(Boolean) });
      return;
    }
    if (text.trim() === '' || text.trim().startsWith('#') || pending.length === 0) return;
    for (const { kind, ids } of pending) {
      const target = kind === 'ruleid' ? out.ruleid : kind === 'ok' ? out.ok : out.todo;
      for (const id of ids) {
        if (!target.has(id)) target.set(id, new Set());
        target.get(id)!.add(i + 1);
      }
    }
    pending = [];
  });
  return out;
}
