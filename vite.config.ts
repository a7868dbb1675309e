import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['geodata'] } },
	build: {
		// MapLibre GL JS is one ES module of ~1 MB minified (~290 kB gzip) that cannot be split further;
		// it gets a chunk of its own (`maplibre-gl-*.js`, below) and is the only chunk over Vite's default
		// 500 kB warning. The limit sits just above it, so that any *other* chunk growing that large
		// still warns.
		chunkSizeWarningLimit: 1100,
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }]
				}
			},
			// Rolldown's report of slow plugin hooks (PLUGIN_TIMINGS) names SvelteKit's prerendering
			// (`vite-plugin-sveltekit-compile writeBundle`), which is the work this static site's build
			// is for; it is not actionable, so the report is turned off.
			// https://rolldown.rs/reference/InputOptions.checks#bundlertimings
			checks: { bundlerTimings: false }
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
