// Whether a path is test code, where `assert` and fake secrets are expected (pytest's discovery rules).
const TEST_PATTERNS = [
  /(^|\/)tests?\//,
  /(^|\/)testing\//,
  /(^|\/)test_[^/]*\.py$/,
  /(^|\/)[^/]*_tests?\.py$/,
  /(^|\/)conftest\.py$/,
];

export function isTestPath(path: string): boolean {
  const normalised = path.replace(/\\/g, '/');
  return TEST_PATTERNS.some((re) => re.test(normalised));
}
