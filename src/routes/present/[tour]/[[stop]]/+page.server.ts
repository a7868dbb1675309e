/**
 * /present/{tour} and /present/{tour}/{n}: every tour and every stop prerendered, so a teacher can
 * open stop 3 directly. Loading validates all tours: a bad tour file fails the build.
 */
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { allTours, tourData } from '../../tours.server';

export const prerender = true;

export const entries: EntryGenerator = () =>
	allTours().flatMap((t) => [
		{ tour: t.id },
		...t.stops.map((_, i) => ({ tour: t.id, stop: String(i + 1) }))
	]);

export const load: PageServerLoad = ({ params }) => {
	const tour = allTours().find((t) => t.id === params.tour);
	if (!tour) error(404, 'tour not found');
	const stop =
		params.stop === undefined ? 1 : /^[1-9][0-9]{0,3}$/.test(params.stop) ? Number(params.stop) : NaN;
	if (!(stop >= 1 && stop <= tour.stops.length)) error(404, 'stop not found');
	return { tour: tourData(tour), stop: stop - 1 };
};
