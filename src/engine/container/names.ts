// Container names (moby daemon/names.go and pkg/namesgenerator): validation with Docker's message,
// and random `adjective_surname` names when none is given.
import { InvalidParameter } from '../api/errors';
import type { Random } from '../world/types';
import { ADJECTIVES, SURNAMES } from './names-words';

/** moby names.RestrictedNameChars, as the error message prints it. */
export const RESTRICTED_NAME_CHARS = '[a-zA-Z0-9][a-zA-Z0-9_.-]';
const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** Throws Docker's `Invalid container name (…)` error; returns the stored form with its leading '/'. */
export function validateName(name: string): string {
  if (!VALID_NAME.test(name)) {
    throw new InvalidParameter(`Invalid container name (${name}), only ${RESTRICTED_NAME_CHARS} are allowed`);
  }
  return name.startsWith('/') ? name : `/${name}`;
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random.next() * list.length)];
}

/**
 * namesgenerator.GetRandomName: `adjective_surname`, never `boring_wozniak`; when `retry` > 0 a random
 * digit is appended (the daemon retries this way after a collision).
 */
export function randomName(random: Random, retry = 0): string {
  for (;;) {
    const name = `${pick(random, ADJECTIVES)}_${pick(random, SURNAMES)}`;
    if (name === 'boring_wozniak') continue;
    return retry > 0 ? `${name}${Math.floor(random.next() * 10)}` : name;
  }
}
