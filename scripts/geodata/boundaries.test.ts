import { describe, expect, it } from 'vitest';
import { boundaryFeatures, dedupeLines } from './boundaries';

describe('dedupeLines', () => {
	it('keeps each segment once, in either direction, and cuts lines where a repeat was dropped', () => {
		const lines = [
			[
				[0, 0],
				[1, 0],
				[2, 0]
			],
			[
				[2, 0],
				[1, 0]
			],
			[
				[1, 0],
				[2, 0],
				[3, 1],
				[4, 1]
			]
		];
		expect(dedupeLines(lines)).toEqual([
			[
				[0, 0],
				[1, 0],
				[2, 0]
			],
			[
				[2, 0],
				[3, 1],
				[4, 1]
			]
		]);
	});
});

describe('boundaryFeatures', () => {
	it('groups lines by area, the Hong Kong line before the wider South China Sea box', () => {
		const features = boundaryFeatures([
			[
				[112, 10],
				[112.5, 9]
			],
			[
				[114, 22.3],
				[114.1, 22.2]
			]
		]);
		expect(features.map((f) => [f.id, f.properties.kind, f.properties.area])).toEqual([
			['hongkong', 'maritime', '香港'],
			['south-china-sea', 'south-china-sea', '南海']
		]);
	});

	it('fails on a line in no known area', () => {
		expect(() =>
			boundaryFeatures([
				[
					[90, 40],
					[91, 40]
				]
			])
		).toThrow(/no known area/);
	});
});
