// The analysed files as one project: finds the function a call refers to, in the same module, the same class,
// or another analysed module imported absolutely or relatively.
import type { CallExpr, FileIR, FunctionIR } from '../ir.js';

export interface FunctionRef {
  key: string;
  file: FileIR;
  fn: FunctionIR;
  /** The call passes the receiver as the first parameter (`self.helper(x)` → `helper(self, x)`). */
  bindsSelf: boolean;
}

export class Project {
  private readonly byKey = new Map<string, { file: FileIR; fn: FunctionIR }>();
  private readonly modules = new Map<string, FileIR>();
  private readonly bySuffix = new Map<string, string[]>();

  constructor(readonly files: readonly FileIR[]) {
    for (const file of files) {
      this.modules.set(file.module, file);
      const parts = file.module.split('.');
      for (let i = 0; i < parts.length; i++) {
        const suffix = parts.slice(i).join('.');
        const list = this.bySuffix.get(suffix);
        if (list) list.push(file.module);
        else this.bySuffix.set(suffix, [file.module]);
      }
      for (const fn of file.functions) this.byKey.set(functionKey(file, fn.name), { file, fn });
    }
  }

  *functions(): Iterable<{ key: string; file: FileIR; fn: FunctionIR }> {
    for (const [key, v] of this.byKey) yield { key, ...v };
  }

  resolve(call: CallExpr, file: FileIR, caller: FunctionIR): FunctionRef | undefined {
    const f = call.f;
    if (!f) return undefined;
    const dot = f.indexOf('.');
    if (dot < 0) return this.local(file, f, false);
    const head = f.slice(0, dot);
    const rest = f.slice(dot + 1);
    if ((head === 'self' || head === 'cls') && caller.cls && !rest.includes('.')) {
      return this.local(file, `${caller.cls}.${rest}`, true);
    }
    if (call.method) return this.local(file, f, true) ?? this.imported(f, file, true);
    const sameModule = this.local(file, f, false);
    if (sameModule) return sameModule;
    return this.imported(f, file);
  }

  private local(file: FileIR, name: string, bindsSelf: boolean): FunctionRef | undefined {
    const key = functionKey(file, name);
    const hit = this.byKey.get(key);
    if (!hit) return undefined;
    return { key, ...hit, bindsSelf };
  }

  private imported(f: string, file: FileIR, bindsSelf = false): FunctionRef | undefined {
    const absolute = f.startsWith('.') ? this.absolute(f, file) : f;
    if (!absolute) return undefined;
    const parts = absolute.split('.');
    for (let k = 1; k <= 2 && k < parts.length; k++) {
      const module = this.findModule(parts.slice(0, -k).join('.'), file.module);
      if (!module) continue;
      const hit = this.local(module, parts.slice(-k).join('.'), bindsSelf);
      if (hit) return hit;
    }
    return undefined;
  }

  /** `.db.run` inside `app.views` → `app.db.run`. */
  private absolute(f: string, file: FileIR): string | undefined {
    const dots = f.length - f.replace(/^\.+/, '').length;
    const base = file.module.split('.');
    if (!file.isPackage) base.pop();
    for (let i = 1; i < dots; i++) base.pop();
    const rest = f.slice(dots);
    return [...base, rest].filter(Boolean).join('.');
  }

  private findModule(name: string, from: string): FileIR | undefined {
    const exact = this.modules.get(name);
    if (exact) return exact;
    const candidates = this.bySuffix.get(name);
    if (!candidates?.length) return undefined;
    const best = [...candidates].sort((a, b) => commonPrefix(b, from) - commonPrefix(a, from))[0]!;
    return this.modules.get(best);
  }
}

/** A function's key in the project: `path:name` (a variable key is extract/keys.ts's keyOf, not this). */
export function functionKey(file: FileIR, name: string): string {
  return `${file.path}:${name}`;
}

function commonPrefix(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  let n = 0;
  while (n < pa.length && n < pb.length && pa[n] === pb[n]) n++;
  return n;
}
