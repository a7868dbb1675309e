import { describe, it, expect } from 'vitest';
import { createExpression, featureFilter, latest, Color } from '@maplibre/maplibre-gl-style-spec';
import { EXIT_COLOUR_EXPRESSION, exitColour, symposiumFilter, symposiumShown } from './feature-style';
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

describe('the style expressions say the same as the functions (MapLibre evaluates them)', () => {
	const zoom = { zoom: 4 };
	it('EXIT_COLOUR_EXPRESSION = exitColour for every exit year and slider position', () => {
		for (const slider of [null, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020])
			for (let exit = 2014; exit <= 2021; exit++) {
				const e = createExpression(
					EXIT_COLOUR_EXPRESSION,
					'layers[0].paint.fill-color',
					latest.paint_fill['fill-color'] as never,
					{ exitYear: slider }
				);
				if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
				const got = e.value.evaluate(zoom, { properties: { exit_year: exit } } as never) as {
					toString(): string;
				};
				const want = Color.parse(exitColour(exit, slider))!;
				expect(got.toString(), `exit ${exit}, slider ${slider}`).toBe(want.toString());
			}
	});
	it('symposiumFilter = symposiumShown', () => {
		expect(symposiumFilter(null)).toBeNull();
		for (const year of [2015, 2017, 2020]) {
			const f = featureFilter(symposiumFilter(year)!, 'layers[0].filter');
			for (const date of ['2015-02-13', '2017-06-23', '2020-03-06', '2016-07-20'])
				expect(f.filter(zoom as never, { properties: { date } } as never)).toBe(symposiumShown(date, year));
		}
	});
});
