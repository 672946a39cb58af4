// URL helpers: scheme, host and metadata-endpoint detection, and the constant prefix of computed strings.
import { beforeAll, describe, expect, it } from 'vitest';
import { initParser, parsePython } from '../../src/analysis/parser.js';
import { metadataHost, urlHost, urlScheme } from '../../src/analysis/python/urls.js';
import { constantPrefix } from '../../src/analysis/python/string-prefix.js';

describe('urlScheme / urlHost / metadataHost', () => {
  it('reads scheme and host, lower-cased, without credentials or port', () => {
    expect(urlScheme('FILE:///etc/passwd')).toBe('file');
    expect(urlScheme('/relative/path')).toBeUndefined();
    expect(urlHost('http://user:pw@Example.COM:8080/x')).toBe('example.com');
    expect(urlHost('http://[fd00:ec2::254]/latest')).toBe('[fd00:ec2::254]');
  });

  it('recognises metadata endpoints only as the host', () => {
    expect(metadataHost('http://169.254.169.254/latest/meta-data/')).toBe('169.254.169.254');
    expect(metadataHost('http://metadata.google.internal/computeMetadata/v1/')).toBe('metadata.google.internal');
    expect(metadataHost('https://api.example.com/169.254.169.254')).toBeUndefined();
  });
});

describe('constantPrefix', () => {
  beforeAll(async () => {
    await initParser();
  });

  function prefixOf(expression: string): string | undefined {
    const tree = parsePython(`x = ${expression}\n`);
    try {
      const right = tree.rootNode.namedChildren[0]?.namedChildren[0]?.childForFieldName('right');
      return right ? constantPrefix(right) : undefined;
    } finally {
      tree.delete();
    }
  }

  it('stops at the first computed part of f-strings, +, % and .format', () => {
    expect(prefixOf('f"http://{host}/x"')).toBe('http://');
    expect(prefixOf('"https://" + host + "/x"')).toBe('https://');
    expect(prefixOf('"http://%s:%d/" % (host, port)')).toBe('http://');
    expect(prefixOf('"https://{}/health".format(host)')).toBe('https://');
    expect(prefixOf('f"{base}/users"')).toBe('');
    expect(prefixOf('base + "/x"')).toBeUndefined();
  });

  it('never reads past a placeholder, so a computed host is not taken for a fixed one', () => {
    expect(prefixOf('"http://%s/api" % host')).toBe('http://');
    expect(prefixOf('"http://{}/api".format(host)')).toBe('http://');
    expect(prefixOf('"https://api.example.com/%s" % path')).toBe('https://api.example.com/');
    expect(prefixOf('"http://h/100%%/%s" % x')).toBe('http://h/100%%/');
    expect(prefixOf('("https://api.example.com/" + path)')).toBe('https://api.example.com/');
    expect(prefixOf('"https://api.example.com/x"')).toBe('https://api.example.com/x');
  });
});
