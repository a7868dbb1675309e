import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH lets the same build be served under a sub-path of a school server,
// e.g. `BASE_PATH=/atlas npm run build`. It must start with '/' and not end with one.
const base = process.env.BASE_PATH ?? '';
if (base && !/^\/[^?#]*[^/]$/.test(base)) {
	throw new Error(`BASE_PATH must look like "/atlas" (got "${base}")`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Registered by the root layout after the page's first complete view (src/lib/offline/afterFirstView.ts).
		serviceWorker: { register: false },
		// Static builds write this as a <meta http-equiv> tag. Only our own origin;
		// MapLibre needs blob: for its worker and images, data: for inline images.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self', 'data:', 'blob:'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
