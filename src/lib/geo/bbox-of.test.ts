import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { bboxOf } from './bbox-of';
import { featuresOf } from './features-of';

const china = JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')) as Topology;

describe('bboxOf', () => {
	it('frames Sichuan within its known extent', () => {
		const sichuan = featuresOf(china, 'provinces').features.filter((f) => f.id === '510000');
		const [w, s, e, n] = bboxOf(sichuan) ?? [];
		// Sichuan spans about 97.3–108.6°E, 26.0–34.3°N.
		expect(w).toBeCloseTo(97.35, 0);
		expect(e).toBeCloseTo(108.5, 0);
		expect(s).toBeCloseTo(26.05, 0);
		expect(n).toBeCloseTo(34.3, 0);
	});

	it('covers all of China including the South China Sea islands', () => {
		const [w, s, e, n] = bboxOf(featuresOf(china, 'provinces')) ?? [];
		expect(w).toBeLessThan(74);
		expect(s).toBeLessThan(4);
		expect(e).toBeGreaterThan(134);
		expect(n).toBeGreaterThan(53);
	});

	it('handles points, lines and empty input', () => {
		expect(
			bboxOf({
				type: 'LineString',
				coordinates: [
					[1, 2],
					[3, -4]
				]
			})
		).toEqual([1, -4, 3, 2]);
		expect(bboxOf([{ type: 'Point', coordinates: [5, 6] }])).toEqual([5, 6, 5, 6]);
		expect(bboxOf({ type: 'FeatureCollection', features: [] })).toBeNull();
	});
});
