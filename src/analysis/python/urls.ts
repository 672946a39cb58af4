// URL facts rules share: the scheme and host of a (possibly partly computed) URL string.

/** Hosts of cloud instance-metadata services (AWS/GCP/Azure/OpenStack, ECS, Alibaba, AWS IPv6). */
export const METADATA_HOSTS = [
  '169.254.169.254',
  'metadata.google.internal',
  'metadata.goog',
  '[fd00:ec2::254]',
  'fd00:ec2::254',
  '169.254.170.2',
  '100.100.100.200',
  'metadata.azure.com',
];

/** Schemes a server-side fetcher should never follow from user data: local files, raw TCP smuggling. */
export const DANGEROUS_SCHEMES = ['file', 'gopher', 'dict', 'ftp', 'jar', 'netdoc', 'ldap', 'tftp'];

/** Lower-cased scheme of a URL (`file` for `file:///etc/passwd`), or undefined when there is none. */
export function urlScheme(url: string): string | undefined {
  const m = /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  return m?.[1]?.toLowerCase();
}

/** Lower-cased host of an absolute URL, with IPv6 brackets kept; undefined when the URL has no authority. */
export function urlHost(url: string): string | undefined {
  const m = /^\s*[a-zA-Z][a-zA-Z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/.exec(url);
  return m?.[1]?.toLowerCase();
}

/** The metadata host a URL points to, if any. */
export function metadataHost(url: string): string | undefined {
  const host = urlHost(url);
  return host ? METADATA_HOSTS.find((h) => host === h) : undefined;
}
