/**
 * Password hashing with argon2id (@node-rs/argon2, native). Parameters are
 * OWASP's recommended minimum for argon2id (19 MiB, 2 passes, 1 lane): about
 * 20-40 ms per hash here, slow for an attacker with a stolen table yet cheap
 * enough that a small server can sign people in. The parameters are stored in
 * each hash, so raising them later keeps old hashes verifiable.
 */
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2; // Algorithm.Argon2id; the package's const enum can't be imported under isolatedModules.

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password into a self-describing `$argon2id$...` string. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Whether `password` matches `passwordHash`; false (not an exception) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
