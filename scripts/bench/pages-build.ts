import { join } from 'node:path';
import { build } from 'vite';

/** Builds the two comparison pages; MapLibre gets a chunk of its own so it can serve as the size reference. */
export async function buildPages(PAGES_SRC: string, PAGES_OUT: string): Promise<void> {
	console.log('Building the comparison pages (Vite)…');
	await build({
		configFile: false,
		root: PAGES_SRC,
		base: '/bench/',
		publicDir: false,
		logLevel: 'warn',
		build: {
			outDir: PAGES_OUT,
			emptyOutDir: true,
			// MapLibre alone is over 500 kB minified; that is what these pages measure.
			chunkSizeWarningLimit: 2000,
			rolldownOptions: {
				input: {
					maplibre: join(PAGES_SRC, 'maplibre/index.html'),
					echarts: join(PAGES_SRC, 'echarts/index.html')
				},
				output: {
					codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }] }
				}
			}
		}
	});
}
