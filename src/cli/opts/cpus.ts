// `--cpus 1.5` → NanoCpus 1500000000, with Docker's errors (big.Rat parsing, exact nano value).

export function parseNanoCpus(value: string): number {
  const frac = /^([+-]?)(\d+)\/(\d+)$/.exec(value);
  if (frac) {
    const den = BigInt(frac[3]);
    if (den === 0n) throw new Error(`failed to parse ${value} as a rational number`);
    const num = BigInt(frac[2]) * 1_000_000_000n;
    if (num % den !== 0n) throw new Error('value is too precise');
    return Number((frac[1] === '-' ? -1n : 1n) * (num / den));
  }
  const dec = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(value);
  if (!dec || (dec[2] === '' && (dec[3] ?? '') === ''))
    throw new Error(`failed to parse ${value} as a rational number`);
  const digits = `${dec[2]}${dec[3] ?? ''}`;
  const shift = 9 + Number(dec[4] ?? 0) - (dec[3] ?? '').length;
  if (Math.abs(shift) > 400) throw new Error(shift > 0 ? 'value is too precise' : 'value is too precise');
  let n = BigInt(digits === '' ? '0' : digits);
  if (shift >= 0) n *= 10n ** BigInt(shift);
  else {
    const d = 10n ** BigInt(-shift);
    if (n % d !== 0n) throw new Error('value is too precise');
    n /= d;
  }
  return Number(dec[1] === '-' ? -n : n);
}
