// `--restart no|always|unless-stopped|on-failure[:max-retries]` (opts.ParseRestartPolicy).

export function parseRestartPolicy(policy: string): { Name: string; MaximumRetryCount: number } {
  if (policy === '') return { Name: 'no', MaximumRetryCount: 0 };
  const [name, count, extra] = policy.split(':');
  if (extra !== undefined)
    throw new Error(`invalid restart policy format: maximum retry count must be an integer`);
  if (count !== undefined) {
    if (name !== 'on-failure')
      throw new Error(
        `invalid restart policy format: maximum retry count can only be used with 'on-failure'`,
      );
    if (!/^-?\d+$/.test(count))
      throw new Error(`invalid restart policy format: maximum retry count must be an integer`);
    return { Name: name, MaximumRetryCount: Number(count) };
  }
  return { Name: name, MaximumRetryCount: 0 };
}
