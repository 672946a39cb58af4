// An analysis worker thread: initialises WebAssembly once, keeps an analyzer per recent config, and analyses one
// file per message (or runs one project-wide data-flow solve). It writes its current phase to shared memory so the pool can say where a file got stuck when
// the pool terminates it for exceeding its budget.
import { parentPort, workerData } from 'node:worker_threads';
import type { Analyzer } from '../analysis/analyzer.js';
import { initParser } from '../analysis/parser.js';
import { solveDataFlow } from '../analysis/scan.js';
import { buildAnalyzer, registryRules } from './build-analyzer.js';
import { PHASE, setPhase } from './phases.js';
import { isTestSlowFile, spin } from './test-hooks.js';
import type { AnalyzeRequest, AnalyzerSetup, SolveRequest, WorkerInit, WorkerReply, WorkerRequest } from './worker-protocol.js';

/** Analyzers kept per worker: reviews of a few repositories at once, each with its own config. */
const KEEP_ANALYZERS = 4;

const init = workerData as WorkerInit;
const slot = new Int32Array(init.phase);
const analyzers = new Map<string, Promise<Analyzer>>();

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

async function analyze(request: AnalyzeRequest): Promise<void> {
  try {
    setPhase(slot, PHASE.setup);
    const analyzer = await analyzerFor(request.setup);
    if (isTestSlowFile(request.content)) {
      setPhase(slot, PHASE.testHook);
      spin();
    }
    setPhase(slot, PHASE.parse);
    post({ type: 'done', id: request.id, result: analyzer.analyze(request.path, request.content) });
  } catch (error) {
    post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    setPhase(slot, PHASE.idle);
  }
}

function solve(request: SolveRequest): void {
  try {
    setPhase(slot, PHASE.solve);
    post({ type: 'solved', id: request.id, files: solveDataFlow(request.files, request.rules) });
  } catch (error) {
    post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    setPhase(slot, PHASE.idle);
  }
}

setPhase(slot, PHASE.setup);
await initParser();
setPhase(slot, PHASE.idle);
// One file at a time: the pool sends the next only after this one's reply, so its timer measures this file alone.
parentPort!.on('message', (request: WorkerRequest) => {
  if (request.type === 'solve') solve(request);
  else void analyze(request);
});
post({ type: 'ready' });
