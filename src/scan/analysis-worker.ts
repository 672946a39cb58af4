// An analysis worker thread: initialises WebAssembly once (in capped memory, see wasm-memory.ts), keeps an analyzer
// per recent config, and analyses one file per message (or runs one project-wide data-flow solve). It writes its
// current phase to shared memory so the pool can say where a file got stuck when the pool terminates it for
// exceeding its budget, and names its thread so the pool can read the thread's CPU time (thread-cpu.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { Analyzer } from '../analysis/analyzer.js';
import type { FileResult } from '../analysis/file-result.js';
import { initParser, parsePython } from '../analysis/parser.js';
import { solveDataFlowIRs } from '../analysis/scan.js';
import { requireIR, withEncodedIR } from '../analysis/taint/encoded-ir.js';
import { buildAnalyzer, REGISTRY_IDS, registryRules } from './build-analyzer.js';
import { PHASE, phaseName, setPhase } from './phases.js';
import { isTestSlowFile, isTestSlowSolve, spin } from './test-hooks.js';
import { threadId } from './thread-cpu.js';
import { tuneV8ForAnalysis } from './v8-tuning.js';
import { cappedWasmMemory } from './wasm-memory.js';
import type {
  AnalyzeRequest,
  AnalyzerSetup,
  SolveRequest,
  WorkerInit,
  WorkerReply,
  WorkerRequest,
} from './worker-protocol.js';

/** Analyzers kept per worker: reviews of a few repositories at once, each with its own config. */
const KEEP_ANALYZERS = 4;
/** WebAssembly memory a worker may keep after a file (it never shrinks); past it the worker is replaced. */
const KEEP_WASM_MB = 160;

const init = workerData as WorkerInit;
const slot = new Int32Array(init.phase);
const analyzers = new Map<string, Promise<Analyzer>>();
/** The phase the runtime was in when it asked for memory past the cap. */
let refusedIn: number = PHASE.idle;
const wasm = cappedWasmMemory(init.wasmMemoryMb, () => {
  refusedIn = Atomics.load(slot, 0);
});

function analyzerFor(setup: AnalyzerSetup): Promise<Analyzer> {
  let analyzer = analyzers.get(setup.key);
  if (analyzer) {
    analyzers.delete(setup.key); // re-insert: most recently used last
  } else {
    analyzer = buildAnalyzer(registryRules(setup.ruleIds), setup.config, slot);
    analyzer.catch(() => analyzers.delete(setup.key)); // a failed build is retried by the next file
    if (analyzers.size >= KEEP_ANALYZERS) analyzers.delete(analyzers.keys().next().value!);
  }
  analyzers.set(setup.key, analyzer);
  return analyzer;
}

const post = (reply: WorkerReply) => parentPort!.postMessage(reply);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** False once the WebAssembly runtime has aborted (it throws on every call after). */
function runtimeAlive(): boolean {
  try {
    parsePython('').delete();
    return true;
  } catch {
    return false;
  }
}

/**
 * The reply for a file, checked against the runtime's state: a file that ran into the memory cap is over budget
 * whatever the analyzer made of the abort (rule errors contained per node, or a throw), and a worker whose runtime
 * aborted or grew too large asks to be replaced.
 */
function replyFor(id: number, outcome: { result: FileResult } | { error: unknown }): WorkerReply {
  if (wasm.hitCap()) {
    const overBudget = { what: `WebAssembly memory ${wasm.capMb} MB`, phase: phaseName(refusedIn, REGISTRY_IDS) };
    return { type: 'failed', id, message: 'WebAssembly memory cap reached', overBudget, retire: true };
  }
  const suspect = 'error' in outcome || outcome.result.errors.length > 0;
  if (suspect && !runtimeAlive()) {
    const message = 'error' in outcome ? messageOf(outcome.error) : 'the parser runtime aborted';
    return { type: 'failed', id, message, retire: true };
  }
  const retire = wasm.sizeMb() > KEEP_WASM_MB;
  const reply: WorkerReply =
    'error' in outcome
      ? { type: 'failed', id, message: messageOf(outcome.error) }
      : { type: 'done', id, result: outcome.result };
  return retire ? { ...reply, retire } : reply;
}

async function analyze(request: AnalyzeRequest): Promise<void> {
  let outcome: { result: FileResult } | { error: unknown };
  try {
    setPhase(slot, PHASE.setup);
    const analyzer = await analyzerFor(request.setup);
    if (isTestSlowFile(request.content)) {
      setPhase(slot, PHASE.testHook);
      spin();
    }
    setPhase(slot, PHASE.parse);
    outcome = { result: withEncodedIR(analyzer.analyze(request.path, request.content)) };
  } catch (error) {
    outcome = { error };
  } finally {
    setPhase(slot, PHASE.idle);
  }
  post(replyFor(request.id, outcome));
}

function solve(request: SolveRequest): void {
  try {
    setPhase(slot, PHASE.solve);
    const irs = request.irs.map(requireIR);
    if (isTestSlowSolve(irs.map((ir) => ir.path))) spin();
    post({ type: 'solved', id: request.id, findings: solveDataFlowIRs(irs, request.rules) });
  } catch (error) {
    post({ type: 'failed', id: request.id, message: messageOf(error) });
  } finally {
    setPhase(slot, PHASE.idle);
  }
}

setPhase(slot, PHASE.setup);
tuneV8ForAnalysis();
// The runtime's own "Aborted()" line would reach the CLI's stderr; the file's skip reason says it instead.
await initParser({ wasmMemory: wasm.memory, printErr: () => undefined });
setPhase(slot, PHASE.idle);
// One job at a time, in the order sent: the pool may send the next file while this one runs (so it starts at once),
// and its budget starts when this one's reply is read.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (request: WorkerRequest) => {
  queue = queue
    .then(() => (request.type === 'solve' ? solve(request) : analyze(request)))
    // A job that throws past its own containment crashes the worker, as it would outside the chain (the pool then
    // reports the file lost), instead of leaving the chain rejected and every later job unanswered.
    .catch((error: unknown) => {
      setImmediate(() => {
        throw error;
      });
    });
});
const tid = threadId();
post(tid === undefined ? { type: 'ready' } : { type: 'ready', tid });
