/**
 * Place names in the English text of a tour come from the one table of English names
 * (geodata/gazetteer/names_en.json, through the gazetteer): `{place:yanan}` is the full form,
 * `{short:liupanshan}` the short form (Liupan Mountains). A tour never spells a place name itself.
 */
import type { Place } from '../gazetteer/types';
import type { LocalText, Tour, TourIssue } from './types';

const TOKEN = /\{(place|short):([^{}]*)\}/g;

/** `en` with every token replaced; an unknown place id is reported at `path` and left as written. */
export function resolveNameTokens(
	en: string,
	path: string,
	place: (id: string) => Pick<Place, 'name_en' | 'short_en'> | undefined,
	issues: TourIssue[]
): string {
	return en.replace(TOKEN, (token, form: string, id: string) => {
		const p = place(id);
		if (!p) {
			issues.push({ path, message: `${token}: unknown place "${id}" (not in the gazetteer)` });
			return token;
		}
		return form === 'short' ? (p.short_en ?? p.name_en) : p.name_en;
	});
}

/** A copy of the tour with the place tokens of every English text resolved. */
export function withPlaceNames(
	tour: Tour,
	place: (id: string) => Pick<Place, 'name_en' | 'short_en'> | undefined,
	issues: TourIssue[]
): Tour {
	const text = (t: LocalText, path: string): LocalText => ({
		...t,
		en: resolveNameTokens(t.en, `${path}.en`, place, issues)
	});
	return {
		...tour,
		title: text(tour.title, 'title'),
		description: text(tour.description, 'description'),
		stops: tour.stops.map((s, i) => ({
			...s,
			title: text(s.title, `stops[${i}].title`),
			...(s.note ? { note: text(s.note, `stops[${i}].note`) } : {})
		}))
	};
}
