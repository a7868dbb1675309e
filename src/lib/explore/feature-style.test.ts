import { describe, it, expect } from 'vitest';
import { exitColour, symposiumShown } from './feature-style';
import { EXIT_YEAR_COLOURS, STILL_POOR } from './palette';

describe('exitColour', () => {
	it('colours a county by its exit year once the slider has passed it', () => {
		expect(exitColour(2017, null)).toBe(EXIT_YEAR_COLOURS[2017]);
		expect(exitColour(2020, 2020)).toBe(EXIT_YEAR_COLOURS[2020]);
		expect(exitColour(2017, 2017)).toBe(EXIT_YEAR_COLOURS[2017]);
	});
	it('draws it as still poor before then', () => {
		expect(exitColour(2018, 2017)).toBe(STILL_POOR);
		expect(exitColour(2016, 2015)).toBe(STILL_POOR);
	});
});

describe('symposiumShown', () => {
	it('shows every symposium with no year, else those of the year', () => {
		expect(symposiumShown('2015-02-13', null)).toBe(true);
		expect(symposiumShown('2015-02-13', 2015)).toBe(true);
		expect(symposiumShown('2017-06-23', 2015)).toBe(false);
	});
});
