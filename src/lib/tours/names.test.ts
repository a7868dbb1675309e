import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load';
import { tourFiles } from './tours';
import { resolveNameTokens } from './names';
import type { TourIssue } from './types';

const places = new Map(loadGazetteer().places.map((p) => [p.id, p]));
const place = (id: string) => places.get(id);

describe('place names in tours', () => {
	it('writes {place:id} as the full form and {short:id} as the short form of the names_en.json row', () => {
		const issues: TourIssue[] = [];
		expect(resolveNameTokens('{place:liangshan} · {short:liangshan}', 'x', place, issues)).toBe(
			'Liangshan Yi Autonomous Prefecture · Liangshan'
		);
		expect(resolveNameTokens('1 · {short:yanan}', 'x', place, issues)).toBe("1 · Yan'an");
		expect(issues).toEqual([]);
	});

	it('reports an unknown place id at its path and leaves the token as written', () => {
		const issues: TourIssue[] = [];
		expect(resolveNameTokens('near {short:nowhere}', 'stops[2].title.en', place, issues)).toBe(
			'near {short:nowhere}'
		);
		expect(issues).toEqual([
			{
				path: 'stops[2].title.en',
				message: '{short:nowhere}: unknown place "nowhere" (not in the gazetteer)'
			}
		]);
	});

	it('the shipped tours name places only through tokens that resolve', () => {
		let tokens = 0;
		for (const { file, raw } of tourFiles) {
			const text = JSON.stringify(raw);
			for (const m of text.matchAll(/\{(place|short):([^{}]*)\}/g)) {
				tokens++;
				expect(places.has(m[2]), `${file}: ${m[0]}`).toBe(true);
			}
		}
		expect(tokens).toBeGreaterThan(30);
	});
});
