// Applies Django URL configurations to the views they name: a route's converters coerce parameters
// (`<int:pk>`, `<uuid:code>`: not text), a plain `<str:x>` is one path segment, and being registered is the
// evidence that a function outside a views module, taking `request` first, is a view whose URL kwargs are input.
import type { FileIR, FunctionIR, RouteIR } from '../ir.js';
import { Project } from './project.js';

type Shape = RouteIR['shapes'][string];
const MODULE_FN: FunctionIR = { name: '<module>', params: [], body: [], l: 1 };

export function applyRoutes(files: readonly FileIR[]): readonly FileIR[] {
  if (!files.some((f) => f.routes?.length)) return files;
  const project = new Project(files);
  const seen = new Map<FunctionIR, Map<string, Shape[]>>();
  for (const file of files) {
    for (const route of file.routes ?? []) {
      const call = { k: 'call' as const, f: route.view, txt: route.view, a: [], kw: [], l: 0, c: 0, el: 0, ec: 0 };
      const ref = project.resolve(call, file, MODULE_FN);
      if (!ref) continue;
      let shapes = seen.get(ref.fn);
      if (!shapes) seen.set(ref.fn, (shapes = new Map()));
      for (const [name, shape] of Object.entries(route.shapes)) shapes.set(name, [...(shapes.get(name) ?? []), shape]);
    }
  }
  if (!seen.size) return files;
  const changed = new Map<FunctionIR, FunctionIR>();
  for (const [fn, shapes] of seen) {
    const next = withRoutes(fn, shapes);
    if (next !== fn) changed.set(fn, next);
  }
  if (!changed.size) return files;
  return files.map((f) =>
    f.functions.some((fn) => changed.has(fn)) ? { ...f, functions: f.functions.map((fn) => changed.get(fn) ?? fn) } : f,
  );
}

function withRoutes(fn: FunctionIR, shapes: Map<string, Shape[]>): FunctionIR {
  const first = fn.params[0] === 'self' ? 1 : 0;
  if (fn.params[first] !== 'request') return fn;
  const srcParams: NonNullable<FunctionIR['srcParams']> = [];
  fn.params.forEach((name, i) => {
    if (i <= first) return;
    const routeShapes = shapes.get(name);
    const existing = fn.srcParams?.find((p) => p.i === i);
    // Coerced only when every route to the view converts it; a segment only when none lets a `/` through.
    if (routeShapes?.every((s) => s === 'coerced')) return;
    const segment = !!routeShapes?.length && routeShapes.every((s) => s !== 'text');
    if (existing) srcParams.push(segment ? { ...existing, segment: true } : existing);
    else if (routeShapes)
      srcParams.push({ i, kind: 'remote', label: `URL parameter ${name}`, ...(segment ? { segment: true } : {}) });
  });
  for (const p of fn.srcParams ?? []) if (p.i <= first) srcParams.push(p);
  const { srcParams: _old, ...rest } = fn;
  return srcParams.length ? { ...rest, srcParams: srcParams.sort((a, b) => a.i - b.i) } : rest;
}
