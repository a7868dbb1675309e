/** Whether an ExploreState is one parseState could return: every field within its domain. */
import {
	DOC_KINDS,
	EXIT_YEAR_MAX,
	EXIT_YEAR_MIN,
	LAYER_IDS,
	PLACE_KIND_FILTERS,
	VIEW_BOUNDS,
	YEAR_MAX,
	YEAR_MIN,
	type ExploreState,
	type ParseContext
} from './types';

export function isValidState(state: ExploreState, ctx: ParseContext): boolean {
	const knownPlace = (id: string) =>
		typeof ctx.placeIds === 'function' ? ctx.placeIds(id) : ctx.placeIds.has(id);
	const view = state.view;
	return (
		(state.docs === null || isOrderedSubset(state.docs, ctx.docIds)) &&
		(state.docKinds === null || isOrderedSubset(state.docKinds, DOC_KINDS)) &&
		(state.kinds === null || isOrderedSubset(state.kinds, PLACE_KIND_FILTERS)) &&
		isOrderedSubset(state.layers, LAYER_IDS) &&
		(state.year === null || isIntegerIn(state.year, YEAR_MIN, YEAR_MAX)) &&
		(state.exitYear === null || isIntegerIn(state.exitYear, EXIT_YEAR_MIN, EXIT_YEAR_MAX)) &&
		(state.place === null || (typeof state.place === 'string' && knownPlace(state.place))) &&
		(view === null ||
			(isIn(view.lng, VIEW_BOUNDS.lng) &&
				isIn(view.lat, VIEW_BOUNDS.lat) &&
				isIn(view.zoom, VIEW_BOUNDS.zoom))) &&
		(state.lang === 'zh' || state.lang === 'en')
	);
}

/** Each item known, no repeats, in the order of `order`. */
function isOrderedSubset(items: readonly string[], order: readonly string[]): boolean {
	if (!Array.isArray(items)) return false;
	let last = -1;
	for (const item of items) {
		const i = order.indexOf(item);
		if (i <= last) return false;
		last = i;
	}
	return true;
}

function isIntegerIn(n: number, min: number, max: number): boolean {
	return Number.isInteger(n) && n >= min && n <= max;
}

function isIn(n: number, [min, max]: readonly [number, number]): boolean {
	return Number.isFinite(n) && n >= min && n <= max;
}
