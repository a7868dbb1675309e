/**
 * Per-feature rules of the overlays for a map that styles features one by one (the SVG fallback).
 * The MapLibre layers express the same rules as style expressions in layers.ts, from the same palette.
 */
import { EXIT_YEAR_COLOURS, STILL_POOR } from './palette';

/** The latest year of the 832 slider (its "off" position). */
export const EXIT_YEAR_LAST = 2020;

/** Colour of one of the 832: dark while still on the list at the slider's year, else by exit year. */
export function exitColour(exitYear: number, sliderYear: number | null): string {
	if (exitYear > (sliderYear ?? EXIT_YEAR_LAST)) return STILL_POOR;
	return EXIT_YEAR_COLOURS[exitYear] ?? '#ccc';
}

/** Whether a symposium (ISO date) is shown under the year filter (null = all years). */
export function symposiumShown(date: string, year: number | null): boolean {
	return year === null || date.slice(0, 4) === String(year);
}
