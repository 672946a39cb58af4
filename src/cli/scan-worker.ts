// Worker thread of the CLI: builds one analyzer from the compiled rules and analyses batches of files sent to it.
import { parentPort, workerData } from 'node:worker_threads';
import { RULES } from '../../rules/index.js';
import { createAnalyzer } from '../analysis/engine.js';
import type { SourceFile } from '../analysis/scan.js';
import type { SentinelConfig } from '../config/schema.js';
import { resolveRules } from '../config/resolve-rules.js';
import { analyzeBatch } from './analyze-batch.js';

const config = workerData as SentinelConfig;
const resolved = resolveRules(RULES, config);
const analyzer = await createAnalyzer(resolved.rules, resolved.options);

parentPort?.on('message', (batch: SourceFile[]) => {
  parentPort?.postMessage(analyzeBatch(analyzer, batch));
});
parentPort?.postMessage('ready');
