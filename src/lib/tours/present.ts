/**
 * The plain data of presentation mode for one tour: resolved quotes, the drawings of the places,
 * the context layers and, when a bounds function is given (at build, from the TopoJSON), the
 * bounds each `fit` camera flies to.
 */
import type { LayerId } from '../state/types';
import type { BBox } from '../geo/types';
import type { PlaceDrawing, PresentData, PresentStop, Tour } from './types';
import { tourLookup, type TourContext } from './context';
import { resolveStop } from './resolve';
import { placeDrawing } from './draw';
import { eventPoint, symposiaInOrder } from '../gazetteer/event-site';

/** The group each context layer draws (layers not listed here are not drawn in presentation mode). */
export const CONTEXT_GROUPS: Partial<Record<LayerId, string>> = {
	sanqu: 'sanqu_sanzhou',
	areas: 'contiguous_areas',
	unexited52: 'counties_2020_52',
	poverty832: 'counties_832'
};

export interface PresentOptions {
	/** Bounds of a set of unit codes, or null when none is drawn. */
	boundsOf?: (codes: readonly string[]) => BBox | null;
}

export function presentData(tour: Tour, ctx: TourContext, options: PresentOptions = {}): PresentData {
	const lookup = tourLookup(ctx);
	const places: Record<string, PlaceDrawing> = {};
	const drawing = (id: string): PlaceDrawing => {
		const place = lookup.place(id);
		if (!place) throw new Error(`presentData: unknown place ${id}`);
		return (places[id] ??= placeDrawing(place, lookup));
	};
	const stops: PresentStop[] = tour.stops.map((stop) => {
		const r = resolveStop(stop, ctx);
		stop.highlight.forEach(drawing);
		let bounds: BBox | undefined;
		if ('fit' in stop.camera) {
			const fit = stop.camera.fit.map(drawing);
			// A partial area is framed on the provinces it spans: the class sees where it lies.
			const b = options.boundsOf?.(fit.flatMap((d) => [...d.codes, ...(d.spans?.codes ?? [])]));
			const points = fit.flatMap((d) => (d.point ? [d.point] : []));
			if (b || points.length > 0) {
				bounds = b ?? [Infinity, Infinity, -Infinity, -Infinity];
				for (const [x, y] of points)
					bounds = [
						Math.min(bounds[0], x),
						Math.min(bounds[1], y),
						Math.max(bounds[2], x),
						Math.max(bounds[3], y)
					];
			}
		}
		const event = stop.event ? ctx.gazetteer.events.find((e) => e.id === stop.event) : undefined;
		return {
			...r,
			...(bounds ? { bounds } : {}),
			event: event
				? {
						id: event.id,
						...(event.number !== undefined ? { number: event.number } : {}),
						date: event.date,
						title_zh: event.title_zh,
						title_en: event.title_en
					}
				: undefined
		};
	});
	for (const s of stops) if (s.event === undefined) delete s.event;

	const used = new Set(tour.stops.flatMap((s) => s.layers ?? []));
	const context: PresentData['context'] = {};
	for (const layer of used) {
		const group = CONTEXT_GROUPS[layer];
		if (group && lookup.place(group)) context[layer] = drawing(group).codes;
	}
	const symposia: PresentData['symposia'] = [];
	if (used.has('symposia'))
		for (const e of symposiaInOrder(ctx.gazetteer.events)) {
			const place = lookup.place(e.place);
			const point = eventPoint(e);
			if (place && point && e.number !== undefined)
				symposia.push({
					number: e.number,
					point,
					name_zh: place.name_zh,
					name_en: place.name_en,
					date: e.date
				});
		}
	return { id: tour.id, title: tour.title, description: tour.description, stops, places, context, symposia };
}
