// AWS Lambda model: the `event` of a handler (`def handler(event, context)`) is untrusted input.
import type { FrameworkModel } from './types.js';

/** Handler names recognised when the second parameter is the Lambda context. */
export const LAMBDA_HANDLER = /^(lambda_handler|handler|main|.*_handler)$/;
export const LAMBDA_CONTEXT = /^_?(context|ctx|lambda_context)$/;

export const LAMBDA: FrameworkModel = {
  id: 'lambda',
  modules: [],
  sourceKind: 'remote',
  sources: {},
  sinks: [],
  sanitizers: [],
};
