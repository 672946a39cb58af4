// The local GitHub simulator's public surface, used by the end-to-end tests and `npm run demo`.
export { GitHubSimulator, type SimulatorOptions } from './simulator.js';
export * from './scenario.js';
export type { Violation, RecordedRequest } from './request-pipeline.js';
export type { Delivery } from './webhook-delivery.js';
export { signBody } from './webhook-delivery.js';
export type * from './state.js';
