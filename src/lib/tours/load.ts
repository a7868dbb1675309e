/**
 * Validates every tour file against the corpus and returns the tours; throws one error listing
 * every problem of every file, so a bad tour fails the build loudly.
 */
import type { Tour } from './types';
import type { TourContext } from './context';
import { formatIssues, validateTour } from './validate';

export function loadTours(files: readonly { file: string; raw: unknown }[], ctx: TourContext): Tour[] {
	const problems: string[] = [];
	const tours: Tour[] = [];
	const seen = new Map<string, string>();
	for (const { file, raw } of files) {
		const { tour, issues } = validateTour(raw, ctx);
		const all = [...issues];
		if (tour && tour.id !== file)
			all.push({ path: 'id', message: `"${tour.id}" does not match the file name "${file}.json"` });
		if (tour && seen.has(tour.id))
			all.push({ path: 'id', message: `"${tour.id}" is also the id of ${seen.get(tour.id)}.json` });
		if (all.length > 0) problems.push(formatIssues(`src/content/tours/${file}.json`, all));
		else if (tour) {
			seen.set(tour.id, file);
			tours.push(tour);
		}
	}
	if (problems.length > 0) throw new Error(`Invalid tours:\n${problems.join('\n')}`);
	return tours;
}
