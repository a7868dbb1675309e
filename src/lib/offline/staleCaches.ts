import { CACHE_PREFIX } from './types';

/** The name of this version's cache. */
export function cacheName(version: string): string {
	return `${CACHE_PREFIX}${version}`;
}

/**
 * Which of the origin's caches to delete when a new version activates: every cache of this app
 * other than the current one. Caches of other apps on the same origin (other prefixes) are kept.
 */
export function staleCaches(keys: readonly string[], current: string): string[] {
	return keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== current);
}
