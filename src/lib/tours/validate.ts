/**
 * Checks a tour file: its shape (every field, with a message naming the JSON path) and its
 * references (documents, paragraphs, offsets on sentence or clause boundaries, places, events, and
 * that each quote mentions a highlighted place as the matcher finds it).
 */
import { LAYER_IDS, VIEW_BOUNDS, type LayerId } from '../state/types';
import type { Tour, TourIssue, TourStop } from './types';
import { isDrawable, tourLookup, type TourContext } from './context';
import { isQuoteEnd, isQuoteStart } from './boundaries';
import { withPlaceNames } from './names';

/** Tour ids that are routes of their own under /present/. */
export const RESERVED_TOUR_IDS: readonly string[] = ['place'];
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const TOUR_KEYS = ['$schema', 'id', 'title', 'description', 'stops'];
const STOP_KEYS = ['title', 'camera', 'highlight', 'layers', 'passage', 'event', 'note'];
const PASSAGE_KEYS = ['doc', 'paragraph', 'start', 'end'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown): string =>
	v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `"${v}"` : typeof v;

class Issues {
	list: TourIssue[] = [];
	add(path: string, message: string) {
		this.list.push({ path, message });
	}
	unknownKeys(path: string, o: Obj, allowed: readonly string[]) {
		for (const k of Object.keys(o))
			if (!allowed.includes(k)) this.add(`${path}.${k}`, `unknown field (allowed: ${allowed.join(', ')})`);
	}
	text(path: string, v: unknown): boolean {
		if (typeof v !== 'string' || v.trim() === '') {
			this.add(path, `must be a non-empty string, got ${describe(v)}`);
			return false;
		}
		return true;
	}
	localText(path: string, v: unknown) {
		if (!isObj(v)) return this.add(path, `must be an object { zh, en }, got ${describe(v)}`);
		this.unknownKeys(path, v, ['zh', 'en']);
		this.text(`${path}.zh`, v.zh);
		this.text(`${path}.en`, v.en);
	}
	ids(path: string, v: unknown): v is string[] {
		if (!Array.isArray(v) || v.length === 0) {
			this.add(path, `must be a non-empty array of place ids, got ${describe(v)}`);
			return false;
		}
		let ok = true;
		v.forEach((id, i) => (ok = this.text(`${path}[${i}]`, id) && ok));
		const dup = v.find((id, i) => v.indexOf(id) !== i);
		if (dup !== undefined) this.add(path, `lists "${String(dup)}" twice`);
		return ok;
	}
}

function checkCamera(issues: Issues, path: string, camera: unknown) {
	if (!isObj(camera))
		return issues.add(
			path,
			`must be { "center": [lon, lat], "zoom": z } or { "fit": [place ids] }, got ${describe(camera)}`
		);
	if ('fit' in camera) {
		issues.unknownKeys(path, camera, ['fit']);
		issues.ids(`${path}.fit`, camera.fit);
		return;
	}
	issues.unknownKeys(path, camera, ['center', 'zoom']);
	const c = camera.center;
	const [lngMin, lngMax] = VIEW_BOUNDS.lng;
	const [latMin, latMax] = VIEW_BOUNDS.lat;
	if (!Array.isArray(c) || c.length !== 2 || !c.every((n) => typeof n === 'number' && Number.isFinite(n)))
		issues.add(`${path}.center`, `must be [longitude, latitude] (two numbers), got ${describe(c)}`);
	else if (c[0] < lngMin || c[0] > lngMax || c[1] < latMin || c[1] > latMax)
		issues.add(
			`${path}.center`,
			`[${c.join(', ')}] is outside China's view (lon ${lngMin}–${lngMax}, lat ${latMin}–${latMax})`
		);
	const z = camera.zoom;
	const [zMin, zMax] = VIEW_BOUNDS.zoom;
	if (typeof z !== 'number' || !Number.isFinite(z) || z < zMin || z > zMax)
		issues.add(`${path}.zoom`, `must be a number from ${zMin} to ${zMax}, got ${describe(z)}`);
}

function checkPassageShape(issues: Issues, path: string, p: unknown): boolean {
	if (!isObj(p)) {
		issues.add(path, `must be { doc, paragraph, start, end }, got ${describe(p)}`);
		return false;
	}
	issues.unknownKeys(path, p, PASSAGE_KEYS);
	let ok = issues.text(`${path}.doc`, p.doc);
	ok = issues.text(`${path}.paragraph`, p.paragraph) && ok;
	for (const k of ['start', 'end'] as const) {
		if (!Number.isInteger(p[k]) || (p[k] as number) < 0) {
			issues.add(`${path}.${k}`, `must be a whole number ≥ 0, got ${describe(p[k])}`);
			ok = false;
		}
	}
	return ok;
}

/** Shape only: the fields, their types and ranges. Returns the issues (empty = well-formed). */
export function checkTourShape(raw: unknown): TourIssue[] {
	const issues = new Issues();
	if (!isObj(raw)) {
		issues.add('$', `a tour must be a JSON object, got ${describe(raw)}`);
		return issues.list;
	}
	issues.unknownKeys('$', raw, TOUR_KEYS);
	if (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id))
		issues.add(
			'id',
			`must be lowercase ASCII letters, digits and '-' (e.g. "sanqu-sanzhou"), got ${describe(raw.id)}`
		);
	else if (RESERVED_TOUR_IDS.includes(raw.id))
		issues.add('id', `"${raw.id}" is reserved (it is a route under /present/)`);
	issues.localText('title', raw.title);
	issues.localText('description', raw.description);
	if (!Array.isArray(raw.stops) || raw.stops.length === 0) {
		issues.add('stops', `must be a non-empty array of stops, got ${describe(raw.stops)}`);
		return issues.list;
	}
	raw.stops.forEach((s: unknown, i: number) => {
		const path = `stops[${i}]`;
		if (!isObj(s)) return issues.add(path, `must be an object, got ${describe(s)}`);
		issues.unknownKeys(path, s, STOP_KEYS);
		issues.localText(`${path}.title`, s.title);
		checkCamera(issues, `${path}.camera`, s.camera);
		issues.ids(`${path}.highlight`, s.highlight);
		if (s.layers !== undefined) {
			if (!Array.isArray(s.layers))
				issues.add(`${path}.layers`, `must be an array of layer ids, got ${describe(s.layers)}`);
			else
				s.layers.forEach((l: unknown, j: number) => {
					if (!LAYER_IDS.includes(l as LayerId))
						issues.add(
							`${path}.layers[${j}]`,
							`unknown layer ${describe(l)} (known: ${LAYER_IDS.join(', ')})`
						);
					else if (s.layers && (s.layers as unknown[]).indexOf(l) !== j)
						issues.add(`${path}.layers[${j}]`, `layer "${String(l)}" listed twice`);
				});
		}
		checkPassageShape(issues, `${path}.passage`, s.passage);
		if (s.event !== undefined) issues.text(`${path}.event`, s.event);
		if (s.note !== undefined) issues.localText(`${path}.note`, s.note);
	});
	return issues.list;
}

/**
 * A caption may not state more than the data: an area with no county to draw, highlighted through
 * the provinces it spans, is highlighted with all of them (not one of two); a place whose extent is
 * approximate is called approximate in both languages of the note.
 */
function checkHonesty(issues: Issues, path: string, stop: TourStop, lookup: ReturnType<typeof tourLookup>) {
	for (const id of stop.highlight) {
		const place = lookup.place(id);
		if (!place) continue;
		const spanned = place.provinces_spanned ?? [];
		if (!isDrawable(place, lookup) && spanned.length) {
			const shown = stop.highlight.filter((h) => lookup.place(h)?.kind === 'province');
			const missing = spanned.filter((p) => !shown.includes(p));
			if (shown.length && missing.length)
				issues.add(
					`${path}.highlight`,
					`${id} (${place.name_zh}) is drawn through its provinces: highlight all it spans (missing ${missing.join(', ')})`
				);
			// The note names the provinces it stands in for (so it cannot describe another area's).
			const unnamed = shown.filter((p) => {
				const prov = lookup.place(p)!;
				return ![prov.name_zh, ...prov.aliases].some((n) => (stop.note?.zh ?? '').includes(n));
			});
			if (shown.length && unnamed.length)
				issues.add(
					`${path}.note`,
					`${id} (${place.name_zh}) is shown through ${unnamed.join(', ')}: the note must name ${unnamed.length > 1 ? 'them' : 'it'}`
				);
		}
		if (place.approximate && place.kind !== 'village' && place.kind !== 'township') {
			const zh = stop.note?.zh ?? '';
			const en = stop.note?.en ?? '';
			if (!zh.includes('近似') || !/approximat/i.test(en))
				issues.add(
					`${path}.note`,
					`${id} (${place.name_zh}) has an approximate extent: the note must say so (近似 / approximate)`
				);
		}
	}
}

function checkStopReferences(issues: Issues, path: string, stop: TourStop, ctx: TourContext) {
	const lookup = tourLookup(ctx);
	// Every fit place must have a shape; of the highlighted ones at least one (an area whose county
	// list has no source yet may be highlighted beside its province).
	const places = (key: string, ids: string[], eachDrawable: boolean) =>
		ids.filter((id, j) => {
			const place = lookup.place(id);
			if (!place) issues.add(`${path}.${key}[${j}]`, `unknown place "${id}" (not in the gazetteer)`);
			else if (isDrawable(place, lookup)) return true;
			else if (eachDrawable)
				issues.add(
					`${path}.${key}[${j}]`,
					`place "${id}" (${place.name_zh}) has nothing to draw (no codes, members or point)`
				);
			return false;
		});
	const drawn = places('highlight', stop.highlight, false);
	if (drawn.length === 0 && stop.highlight.every((id) => lookup.place(id)))
		issues.add(
			`${path}.highlight`,
			`none of ${stop.highlight.join(', ')} has anything to draw (no codes, members or point)`
		);
	if ('fit' in stop.camera) places('camera.fit', stop.camera.fit, true);
	checkHonesty(issues, path, stop, lookup);

	const event =
		stop.event !== undefined ? lookup.ctx.gazetteer.events.find((e) => e.id === stop.event) : undefined;
	if (stop.event !== undefined && !event) issues.add(`${path}.event`, `unknown event "${stop.event}"`);

	const { doc: docId, paragraph: paraId, start, end } = stop.passage;
	const doc = lookup.document(docId);
	if (!doc) return issues.add(`${path}.passage.doc`, `unknown document "${docId}"`);
	const para = lookup.paragraph(docId, paraId);
	if (!para)
		return issues.add(`${path}.passage.paragraph`, `document "${docId}" has no paragraph "${paraId}"`);
	const len = para.text.length;
	if (end > len)
		return issues.add(
			`${path}.passage.end`,
			`${end} is past the end of ${docId}/${paraId} (${len} characters)`
		);
	if (start >= end) return issues.add(`${path}.passage`, `start (${start}) must be less than end (${end})`);
	const quote = para.text.slice(start, end);
	if (quote.trim() === '') return issues.add(`${path}.passage`, `the quote is blank`);
	if (!isQuoteStart(para.text, start))
		issues.add(
			`${path}.passage.start`,
			`${start} is inside a phrase (quote would start “${para.text.slice(start, start + 8)}…”); start at the paragraph start or after punctuation`
		);
	if (!isQuoteEnd(para.text, end))
		issues.add(
			`${path}.passage.end`,
			`${end} is inside a phrase (quote would end “…${para.text.slice(Math.max(start, end - 8), end)}”); end at a sentence end or before punctuation`
		);

	const named = lookup
		.mentionsIn(docId, paraId)
		.some((m) => m.start >= start && m.end <= end && stop.highlight.includes(m.place_id));
	const spokenAt =
		!!event && stop.highlight.includes(event.place) && doc.date === event.date && doc.venue === event.place;
	if (!named && !spokenAt)
		issues.add(
			`${path}.passage`,
			`the quote “${quote.length > 30 ? quote.slice(0, 30) + '…' : quote}” mentions none of the highlighted places (${stop.highlight.join(', ')})` +
				(event ? `, and ${docId} was not given at ${event.id}` : '')
		);
	if (event && !stop.highlight.includes(event.place))
		issues.add(`${path}.highlight`, `should include the place of ${event.id} ("${event.place}")`);
}

/** Shape and references. `tour` is set when the shape is valid (even if references fail). */
export function validateTour(raw: unknown, ctx: TourContext): { tour: Tour | null; issues: TourIssue[] } {
	const shape = checkTourShape(raw);
	if (shape.length > 0) return { tour: null, issues: shape };
	const issues = new Issues();
	(raw as Tour).stops.forEach((s, i) => checkStopReferences(issues, `stops[${i}]`, s, ctx));
	const tour = withPlaceNames(raw as Tour, tourLookup(ctx).place, issues.list);
	return { tour, issues: issues.list };
}

/** One line per issue, for an error message: `file: path: message`. */
export function formatIssues(file: string, issues: readonly TourIssue[]): string {
	return issues.map((i) => `${file}: ${i.path}: ${i.message}`).join('\n');
}
