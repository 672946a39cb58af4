// Combines the framework models into lookup tables the extractor consults while it walks a file.
import { AIOHTTP } from './aiohttp.js';
import { DJANGO } from './django.js';
import { FASTAPI } from './fastapi.js';
import { FLASK } from './flask.js';
import { LAMBDA } from './lambda.js';
import { LIBRARIES } from './libraries.js';
import { LLM } from './llm.js';
import { STDLIB } from './stdlib.js';
import { TORNADO } from './tornado.js';
import type { FrameworkModel, SanitizerModel, SinkModel } from './types.js';
import type { SinkKind, SourceKind } from '../kinds.js';

export const MODELS: readonly FrameworkModel[] = [
  STDLIB,
  LIBRARIES,
  FLASK,
  DJANGO,
  FASTAPI,
  AIOHTTP,
  TORNADO,
  LAMBDA,
  LLM,
];

/** Assignments that are sinks: `resp.headers[k] = v` (header injection), `session[k] = v` (trust boundary). */
export const ASSIGN_SINKS: { objectText: RegExp; qualified?: string[]; kind: SinkKind; requires?: string }[] = [
  { objectText: /^(?!(self\.)?(request|req)\.)(.*\.)?headers$/, kind: 'header' },
  { objectText: /^(response|resp)$/, kind: 'header', requires: 'django' },
  { objectText: /^(request\.)?session$/, qualified: ['flask.session', 'quart.session'], kind: 'trust-boundary' },
];

export interface ModelIndex {
  sinkCalls: Map<string, SinkModel[]>;
  sinkMethods: Map<string, SinkModel[]>;
  sanitizerCalls: Map<string, SanitizerModel>;
  sanitizerMethods: Map<string, SanitizerModel>;
  cleanCalls: Set<string>;
  cleanMethods: Set<string>;
  sourceReads: Map<string, SourceKind>;
  sourceCalls: Map<string, SourceKind>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(): ModelIndex {
  const index: ModelIndex = {
    sinkCalls: new Map(),
    sinkMethods: new Map(),
    sanitizerCalls: new Map(),
    sanitizerMethods: new Map(),
    cleanCalls: new Set(),
    cleanMethods: new Set(),
    sourceReads: new Map(),
    sourceCalls: new Map(),
  };
  for (const model of MODELS) {
    for (const sink of model.sinks) {
      if (sink.call.startsWith('.')) push(index.sinkMethods, sink.call.slice(1), sink);
      else push(index.sinkCalls, sink.call, sink);
    }
    for (const san of model.sanitizers) {
      if (san.call.startsWith('.')) index.sanitizerMethods.set(san.call.slice(1), san);
      else index.sanitizerCalls.set(san.call, san);
    }
    for (const name of model.clean ?? []) {
      if (name.startsWith('.')) index.cleanMethods.add(name.slice(1));
      else index.cleanCalls.add(name);
    }
    for (const read of model.sources.reads ?? []) index.sourceReads.set(read, model.sourceKind);
    for (const call of model.sources.calls ?? []) index.sourceCalls.set(call, model.sourceKind);
  }
  return index;
}

export const MODEL_INDEX: ModelIndex = build();

/** The models whose request-object sources apply to a file, given the modules it imports. */
export function activeModels(importedModules: Iterable<string>): FrameworkModel[] {
  const heads = new Set<string>();
  for (const m of importedModules) {
    const parts = m.split('.');
    for (let i = 1; i <= parts.length; i++) heads.add(parts.slice(0, i).join('.'));
  }
  return MODELS.filter((m) => m.modules.some((mod) => heads.has(mod)));
}
