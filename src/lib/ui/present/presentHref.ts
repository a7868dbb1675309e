/** Links into presentation mode, for other screens (the explore page's “present” button). */
import { resolve } from '$app/paths';

/** /present/place?id=… — the passages of one place, large, one per stop (works under a base path). */
export function presentPlaceHref(placeId: string, stop?: number): string {
	const q = new URLSearchParams({ id: placeId });
	if (stop !== undefined && stop > 1) q.set('stop', String(stop));
	return `${resolve('/present/place')}?${q}`;
}
