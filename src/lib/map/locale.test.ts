import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MAP_LOCALE } from './locale';

// MapLibre's own table of UI strings, read from the installed package (its keys are what `locale` patches).
const require = createRequire(import.meta.url);
const dist = readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl-dev.mjs'), 'utf8');
const table = dist.slice(
	dist.indexOf('const defaultLocale = {'),
	dist.indexOf('};', dist.indexOf('const defaultLocale = {'))
);
const maplibreKeys = [...table.matchAll(/"([A-Za-z]+\.[A-Za-z]+)":/g)].map((m) => m[1]);

describe('MapLibre locale', () => {
	it('uses only keys MapLibre knows, the same in both languages', () => {
		expect(maplibreKeys.length).toBeGreaterThan(15);
		expect(Object.keys(MAP_LOCALE.zh).sort()).toEqual(Object.keys(MAP_LOCALE.en).sort());
		for (const key of Object.keys(MAP_LOCALE.zh)) expect(maplibreKeys).toContain(key);
	});
	it('covers the controls the map adds, in Chinese', () => {
		for (const key of [
			'NavigationControl.ZoomIn',
			'NavigationControl.ZoomOut',
			'FullscreenControl.Enter',
			'AttributionControl.ToggleAttribution',
			'ScaleControl.Kilometers',
			'ScaleControl.Meters'
		])
			expect(MAP_LOCALE.zh[key]).toMatch(/[\u4e00-\u9fff]/);
	});
});
