/** /present: the list of tours (also the crawler's way to every tour page). */
import type { PageServerLoad } from './$types';
import { allTours } from './tours.server';

export const prerender = true;

export const load: PageServerLoad = () => ({
	tours: allTours().map((t) => ({
		id: t.id,
		title: t.title,
		description: t.description,
		stops: t.stops.length
	}))
});
