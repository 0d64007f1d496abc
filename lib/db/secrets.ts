// Link ids and instructor secrets. Only a secret's SHA-256 is stored; comparison is constant-time
// so a wrong secret learns nothing from how long the check took.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A url-safe random token with `bytes` bytes of entropy. */
export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
