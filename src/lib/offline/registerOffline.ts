import { PRECACHE_DEFERRED } from './types';

export interface RegisterOfflineOptions {
	/**
	 * Register the service worker here (`kit.serviceWorker.register` is false: the root layout
	 * registers it after the first view). Without it, this helper only waits for a registration.
	 */
	scriptUrl?: string;
}

/**
 * Browser side of the offline layer: once a service worker is active, asks it to store the large
 * files it left for later (see `precachePlan`) and to control this page if it does not yet. Resolves to the registration, or null where service
 * workers are unavailable (old browsers; plain-http addresses other than localhost).
 */
export async function registerOffline(
	options: RegisterOfflineOptions = {}
): Promise<ServiceWorkerRegistration | null> {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return null;
	try {
		if (options.scriptUrl) await navigator.serviceWorker.register(options.scriptUrl);
		const registration = await navigator.serviceWorker.ready;
		registration.active?.postMessage({ type: PRECACHE_DEFERRED });
		return registration;
	} catch {
		return null;
	}
}
