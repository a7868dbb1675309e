/**
 * The flags Chromium is launched with by the end-to-end tests and every bench: a closed network
 * (no background requests, component updates, sync or QUIC probing) and software WebGL (SwiftShader),
 * as on our machines. One list, read by playwright.config.ts and scripts/bench/.
 */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--disable-dev-shm-usage',
	'--enable-unsafe-swiftshader',
	'--use-angle=swiftshader',
	'--ignore-gpu-blocklist'
];
