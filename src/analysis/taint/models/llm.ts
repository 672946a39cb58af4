// LLM model: a language model's answer is untrusted for the code, command and SQL sinks (prompt injection
// turns it into attacker-controlled text).
import type { FrameworkModel } from './types.js';

export const LLM: FrameworkModel = {
  id: 'llm',
  modules: ['openai', 'anthropic', 'google.generativeai', 'langchain', 'litellm', 'cohere', 'mistralai'],
  sourceKind: 'llm',
  sources: {
    callSuffixes: [
      '.chat.completions.create',
      '.completions.create',
      '.messages.create',
      '.responses.create',
      '.generate_content',
      '.invoke',
      '.predict',
      'litellm.completion',
      '.chat',
    ],
  },
  sinks: [],
  sanitizers: [],
};
