/**
 * The per-feature style rules of the overlays, each in one place and in both forms the app needs:
 * a function for a map that styles features one by one (the SVG fallback) and the MapLibre style
 * expression that layers.ts / Overlays.svelte put on the WebGL map. A test evaluates each
 * expression with MapLibre's own expression code and checks it against the function.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { EXIT_YEAR_COLOURS, STILL_POOR } from './palette';

/** The latest year of the 832 slider (its "off" position). */
export const EXIT_YEAR_LAST = 2020;
/** Colour of a county whose exit year has no colour of its own (none in the data). */
const NO_YEAR = '#ccc';

/** Colour of one of the 832: dark while still on the list at the slider's year, else by exit year. */
export function exitColour(exitYear: number, sliderYear: number | null): string {
	if (exitYear > (sliderYear ?? EXIT_YEAR_LAST)) return STILL_POOR;
	return EXIT_YEAR_COLOURS[exitYear] ?? NO_YEAR;
}

/** `exitColour` as a style expression: the feature's `exit_year`, the slider in global state `exitYear`. */
export const EXIT_COLOUR_EXPRESSION = [
	'case',
	['>', ['get', 'exit_year'], ['coalesce', ['global-state', 'exitYear'], EXIT_YEAR_LAST]],
	STILL_POOR,
	[
		'match',
		['get', 'exit_year'],
		...Object.entries(EXIT_YEAR_COLOURS).flatMap(([y, c]) => [Number(y), c]),
		NO_YEAR
	]
] as unknown as ExpressionSpecification;

/** Whether a symposium (ISO date) is shown under the year filter (null = all years). */
export function symposiumShown(date: string, year: number | null): boolean {
	return year === null || date.slice(0, 4) === String(year);
}

/** `symposiumShown` as a layer filter on the feature's `date` (null: no filter). */
export function symposiumFilter(year: number | null): FilterSpecification | null {
	return year === null ? null : ['==', ['slice', ['get', 'date'], 0, 4], String(year)];
}
