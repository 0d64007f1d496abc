// Public surface of the version profiles: look one up, or list them all. No CPython counterpart.

import type { Platform, Profile, ProfileId, PythonVersion } from './profile';
import { PLATFORMS, PROFILES, PYTHON_VERSIONS } from './profiles';

export type * from './profile';
export { PLATFORMS, PYTHON_VERSIONS };

/** The profile for one CPython version on one platform (64bit = python file.py; wasm32 = Pyodide). */
export function getProfile(python: PythonVersion, platform: Platform = '64bit'): Profile {
  const profile = PROFILES.get(`${python}-${platform}`);
  if (!profile) throw new RangeError(`no profile for CPython ${python} on ${platform}`);
  return profile;
}

/** A profile by its id ("3.12-64bit"), or undefined. */
export function findProfile(id: string): Profile | undefined {
  return PROFILES.get(id);
}

/** Every profile, ordered by version then platform (64bit first). */
export function listProfiles(): readonly Profile[] {
  const ordered: Profile[] = [];
  for (const v of PYTHON_VERSIONS) for (const p of PLATFORMS) ordered.push(getProfile(v, p));
  return ordered;
}

/** All profile ids, in listProfiles() order. */
export function listProfileIds(): readonly ProfileId[] {
  return listProfiles().map((p) => p.id);
}
