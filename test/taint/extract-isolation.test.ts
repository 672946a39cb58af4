// A file's extracted data-flow IR must depend on that file alone, never on the files the same analyzer (the same
// worker thread) saw before: otherwise findings change with how files are spread over workers (issue 14).
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analysis/scan.js';
import { TAINT_PASS_ID } from '../../src/analysis/taint/pass.js';
import { TAINT_RULES } from './helpers.js';

/** Same shape, different dictionary keys and constants: the trees occupy the same WASM memory one after another. */
const view = (key: string, limit: number) =>
  [
    'import os',
    'from flask import request',
    'def handler():',
    `    data = {"${key}": request.args["q"]}`,
    `    value = data["${key}"]`,
    `    if ${limit} > 10:`,
    '        os.system(value)',
    '',
  ].join('\n');

describe('taint extraction is per file', () => {
  it('gives the same IR for a file whatever was analysed before it', async () => {
    const target = view('beta', 1);
    const alone = (await createAnalyzer(TAINT_RULES)).analyze('b.py', target).passData?.[TAINT_PASS_ID];
    const shared = await createAnalyzer(TAINT_RULES);
    for (let i = 0; i < 5; i++) shared.analyze(`a${i}.py`, view('alph', 99));
    const after = shared.analyze('b.py', target).passData?.[TAINT_PASS_ID];
    expect(JSON.stringify(after)).toContain('data[\\"beta\\"]');
    expect(after).toEqual(alone);
  });
});
