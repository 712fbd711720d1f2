// Docker Hub's token service (auth.docker.io/token): a JWT-shaped bearer token whose claims name the
// granted access, as the real one does, so a student who decodes it (`cut -d. -f2 | base64 -d`) sees
// `access`, `aud`, `iss`, `exp`. The signature is not verifiable: nothing checks it but the registry's
// own table of issued tokens.
import type { Hasher } from '../../world/types';

export interface AccessClaim {
  type: 'repository';
  name: string;
  actions: string[];
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** Go's RFC3339Nano as Docker Hub prints `issued_at` (trailing zeros of the fraction dropped). */
export function issuedAt(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0*Z$/, 'Z');
}

export function signToken(
  hasher: Hasher,
  claims: { access: AccessClaim[]; user: string | null; nowMs: number; serial: number },
): string {
  const iat = Math.floor(claims.nowMs / 1000);
  const jti = hasher.sha256Sync(`jti:${claims.serial}:${iat}`).slice(0, 32);
  const header = {
    alg: 'RS256',
    typ: 'JWT',
    kid: 'BALE:INEH:UBSI:MULA:TEDR:EGIS:TRY0:TOKE:NSER:VICE:DOCK:ERIO',
  };
  const payload = {
    access: claims.access,
    aud: 'registry.docker.io',
    exp: iat + 300,
    iat,
    iss: 'auth.docker.io',
    jti,
    nbf: iat - 60,
    sub: claims.user ?? '',
  };
  const signed = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = base64url(hasher.sha256Sync(`sig:${signed}`) + hasher.sha256Sync(`sig2:${signed}`));
  return `${signed}.${signature}`;
}
