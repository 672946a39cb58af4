// GraphQL resolvers are entry points: the arguments after `info` come from the client's query (graphene,
// Strawberry, Ariadne); a helper that merely looks like one is not.
import { describe, expect, it } from 'vitest';
import { lines, scanProject } from './helpers.js';

describe('GraphQL resolver arguments', () => {
  it('reports a graphene resolve_ and mutate argument reaching a sink, and a Strawberry field argument', async () => {
    const r = await scanProject({
      'schema.py': [
        'import os',
        'import graphene',
        'class Query(graphene.ObjectType):',
        '    def resolve_system_diagnostics(self, info, cmd):',
        '        return os.popen(cmd).read()',
        'class Upload(graphene.Mutation):',
        '    def mutate(root, info, filename, content):',
        '        open(filename, "w").write(content)',
      ].join('\n'),
      'types.py': [
        'import subprocess',
        'import strawberry',
        '@strawberry.type',
        'class Query:',
        '    @strawberry.field',
        '    def ping(self, info, host: str) -> str:',
        '        return subprocess.check_output("ping -c1 " + host, shell=True).decode()',
      ].join('\n'),
    });
    const found = lines(r);
    expect(found.some((l) => l.startsWith('schema.py:5 '))).toBe(true);
    expect(found.some((l) => l.startsWith('schema.py:8 '))).toBe(true);
    expect(found.some((l) => l.startsWith('types.py:7 '))).toBe(true);
  });

  it('needs a GraphQL library and an info parameter; typed (coerced) arguments are not text', async () => {
    const r = await scanProject({
      'plain.py': ['import os', 'def resolve_host(self, info, cmd):', '    return os.popen(cmd).read()'].join('\n'),
      'noinfo.py': [
        'import os',
        'import graphene',
        'def resolve_host(self, cmd):',
        '    return os.popen(cmd).read()',
      ].join('\n'),
      'typed.py': [
        'import os',
        'import graphene',
        'def resolve_user(self, info, user_id: int):',
        '    return os.popen("id " + str(user_id)).read()',
      ].join('\n'),
    });
    expect(lines(r)).toEqual([]);
  });
});
