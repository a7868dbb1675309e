/**
 * Where an event is drawn: the point of its `site` (the venue, the seat of the city government or
 * the city centre, with its source in events.json). The one owner of the symposium positions: the
 * explore markers, the route line linking them and the presentation tours all call this.
 */
import type { GazetteerEvent } from './types';
import type { LonLat } from '../geo/types';

export function eventPoint(event: Pick<GazetteerEvent, 'site'>): LonLat | undefined {
	const c = event.site?.coord;
	return c ? [c[0], c[1]] : undefined;
}

/** The symposia in date order (the order of the numbered markers and of the route line). */
export function symposiaInOrder<E extends Pick<GazetteerEvent, 'kind' | 'date'>>(events: readonly E[]): E[] {
	return events.filter((e) => e.kind === 'symposium').sort((a, b) => a.date.localeCompare(b.date));
}
