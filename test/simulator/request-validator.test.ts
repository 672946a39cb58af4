// The OpenAPI gate: requests the GitHub REST description allows pass; anything else is reported.
import { describe, expect, it } from 'vitest';
import { RequestValidator } from '../../tools/simulator/openapi/request-validator.js';

const validator = new RequestValidator();
const query = (text = '') => new URLSearchParams(text);

describe('RequestValidator', () => {
  it('matches operations, decoding path parameters (including an encoded contents path)', () => {
    const result = validator.validate({
      method: 'GET',
      path: '/repos/o/r/contents/src%2Fapp.py',
      query: query('ref=main'),
      body: undefined,
    });
    expect(result.ok).toBe(true);
    expect(result.match?.operation.operationId).toBe('repos/get-content');
    expect(result.match?.pathParams).toEqual({ owner: 'o', repo: 'r', path: 'src/app.py' });
  });

  it('prefers the most specific template (pull files over the pull request itself)', () => {
    expect(validator.match('GET', '/repos/o/r/pulls/7/files')?.operation.operationId).toBe('pulls/list-files');
    expect(validator.match('GET', '/repos/o/r/pulls/7')?.operation.operationId).toBe('pulls/get');
    expect(validator.match('GET', '/repos/o/r/compare/main...abc')?.pathParams).toMatchObject({
      base: 'main',
      head: 'abc',
    });
  });

  it('accepts a well-formed check run', () => {
    const result = validator.validate({
      method: 'POST',
      path: '/repos/o/r/check-runs',
      query: query(),
      body: { name: 'SentinelPy', head_sha: 'a'.repeat(40), status: 'in_progress' },
    });
    expect(result).toMatchObject({ ok: true });
  });

  it('reports a body the schema refuses', () => {
    const result = validator.validate({
      method: 'PATCH',
      path: '/repos/o/r/check-runs/5',
      query: query(),
      body: { conclusion: 'passed', output: { title: 'no summary' } },
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.join('\n');
    expect(problems).toContain('body/conclusion must be equal to one of the allowed values');
    expect(problems).toContain("body/output must have required property 'summary'");
  });

  it('reports a wrong parameter type, an undeclared query parameter and an unknown path', () => {
    const bad = validator.validate({
      method: 'GET',
      path: '/repos/o/r/pulls/seven/files',
      query: query('per_page=100&colour=red'),
      body: undefined,
    });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('path parameters/pull_number must be integer'),
        'query parameter "colour" is not declared by pulls/list-files',
      ]),
    );
    const unknown = validator.validate({
      method: 'POST',
      path: '/repos/o/r/pulls/1/approve',
      query: query(),
      body: {},
    });
    expect(unknown).toMatchObject({
      ok: false,
      problems: ['POST /repos/o/r/pulls/1/approve is not an operation of the GitHub REST API'],
    });
  });

  it('reports a missing required body and a body on an operation that takes none', () => {
    expect(
      validator.validate({ method: 'POST', path: '/repos/o/r/check-runs', query: query(), body: undefined }).ok,
    ).toBe(false);
    expect(validator.validate({ method: 'GET', path: '/repos/o/r/pulls/1', query: query(), body: { x: 1 } }).ok).toBe(
      false,
    );
  });
});
