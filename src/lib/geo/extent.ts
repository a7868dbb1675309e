/**
 * Whether a map view shows the whole country, or is zoomed in past it (then a locator map helps a
 * class see where the view lies). Pure: boxes only.
 */
import type { BBox } from './types';
import { MAINLAND_BOX } from './china-projection';

/**
 * True when `view` covers at least `share` of the country's box in both width and height (a view
 * showing all of mainland China, give or take its margins).
 */
export function coversCountry(view: BBox, country: BBox = MAINLAND_BOX, share = 0.9): boolean {
	const w = Math.min(view[2], country[2]) - Math.max(view[0], country[0]);
	const h = Math.min(view[3], country[3]) - Math.max(view[1], country[1]);
	return w >= share * (country[2] - country[0]) && h >= share * (country[3] - country[1]);
}
