// Parses semgrep-style fixture annotations: `# ruleid: id` / `# ok: id` / `# todoruleid:` / `# todook:` on the
// line(s) before the code line they describe.
export interface Expectations {
  /** 1-based code lines that must fire, per rule id. */
  ruleid: Map<string, Set<number>>;
  ok: Map<string, Set<number>>;
  todo: Map<string, Set<number>>;
}

const ANNOTATION = /^\s*#\s*(ruleid|ok|todoruleid|todook)\s*:\s*([a-z0-9\-,\s]+?)\s*$/;

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
