// Qualified names of calls that fetch a URL given as their first argument (or `url=`).

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

/** Fetcher name → positional index of its URL argument. */
export const URL_FETCHERS: Record<string, number> = {
  ...Object.fromEntries(
    VERBS.flatMap((v) => [
      [`requests.${v}`, 0],
      [`httpx.${v}`, 0],
    ]),
  ),
  'requests.request': 1,
  'httpx.request': 1,
  'httpx.stream': 1,
  'urllib.request.urlopen': 0,
  'urllib.request.urlretrieve': 0,
  'urllib.request.Request': 0,
  'urllib.urlopen': 0,
  'urllib.urlretrieve': 0,
  'urllib2.urlopen': 0,
  'urllib2.Request': 0,
  'six.moves.urllib.request.urlopen': 0,
  'six.moves.urllib.request.urlretrieve': 0,
  'aiohttp.request': 1,
  'urllib3.request': 1,
};
