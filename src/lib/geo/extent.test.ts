import { describe, expect, it } from 'vitest';
import { coversCountry } from './extent';
import { MAINLAND_BOX } from './china-projection';

describe('coversCountry', () => {
	it('is true for the national view, with or without margins', () => {
		expect(coversCountry(MAINLAND_BOX)).toBe(true);
		expect(coversCountry([60, 10, 150, 60])).toBe(true);
	});
	it('is false for a province-scale or region-scale view', () => {
		// Around 六盘山区 (陕甘青宁).
		expect(coversCountry([89, 31, 111, 43])).toBe(false);
		// Western China only: wide in latitude but not in longitude.
		expect(coversCountry([73, 18, 105, 54])).toBe(false);
	});
});
