// Image references as the Hub catalog names them: "busybox" → library/busybox, tag latest.

export function hubRepository(ref: string): { repository: string; tag: string } {
  const at = ref.indexOf('@');
  const noDigest = at < 0 ? ref : ref.slice(0, at);
  const colon = noDigest.lastIndexOf(':');
  const hasTag = colon > noDigest.lastIndexOf('/');
  const name = hasTag ? noDigest.slice(0, colon) : noDigest;
  const tag = hasTag ? noDigest.slice(colon + 1) : 'latest';
  const bare = name.replace(/^(docker\.io|index\.docker\.io)\//, '');
  return { repository: bare.includes('/') ? bare : `library/${bare}`, tag };
}
