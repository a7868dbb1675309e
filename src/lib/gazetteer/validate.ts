/**
 * Schema and integrity checks of a Gazetteer. Returns clear one-line messages (empty = valid).
 * With `geodata`, every code is checked against the geodata package (levels by kind; county members
 * at level 3, with the known exceptions of code-exceptions.ts). With `sources`, every source id.
 */
import { CODE_EXCEPTIONS, layerCode } from './code-exceptions';
import type { Gazetteer, GeodataCodes, Place, PlaceKind, Source } from './types';

export const PLACE_KINDS: readonly PlaceKind[] = [
	'province',
	'prefecture',
	'county',
	'township',
	'village',
	'poverty-area',
	'sanqu-sanzhou',
	'county-group',
	'region',
	'site',
	'broad'
];

/** Kinds whose `members` list counties (it must be present, possibly empty). */
export const GROUP_KINDS: readonly PlaceKind[] = ['poverty-area', 'sanqu-sanzhou', 'county-group'];

/** Allowed kinds of a place's parent. */
const PARENT_KINDS: Partial<Record<PlaceKind, readonly PlaceKind[]>> = {
	province: [],
	prefecture: ['province'],
	county: ['prefecture', 'province'],
	township: ['county'],
	village: ['township', 'county'],
	'sanqu-sanzhou': ['sanqu-sanzhou'],
	site: ['prefecture', 'county', 'province']
};

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export interface ValidateOptions {
	geodata?: GeodataCodes;
	sources?: readonly Source[];
}

function codeAtLevel(code: string, kind: PlaceKind, g: GeodataCodes): boolean {
	if (kind === 'province') return g.level1.has(code);
	if (kind === 'prefecture') return g.level2.has(code);
	if (kind === 'county') return g.level3.has(layerCode(code));
	return g.level1.has(code) || g.level2.has(code) || g.level3.has(layerCode(code));
}

/** Every surface form (name_zh and aliases) → the ids of the places that carry it. */
export function surfaceIndex(places: readonly Place[]): Map<string, string[]> {
	const index = new Map<string, string[]>();
	for (const p of places) {
		for (const s of new Set([p.name_zh, ...p.aliases])) {
			const ids = index.get(s) ?? [];
			ids.push(p.id);
			index.set(s, ids);
		}
	}
	return index;
}

export function validateGazetteer(g: Gazetteer, geodataOrOptions?: GeodataCodes | ValidateOptions): string[] {
	const opts: ValidateOptions =
		geodataOrOptions && 'level1' in geodataOrOptions
			? { geodata: geodataOrOptions }
			: (geodataOrOptions ?? {});
	const errors: string[] = [];
	const err = (where: string, msg: string) => errors.push(`${where}: ${msg}`);
	const sourceIds = opts.sources ? new Set(opts.sources.map((s) => s.id)) : undefined;
	const byId = new Map<string, Place>();

	for (const p of g.places) {
		const at = `place ${p.id}`;
		if (typeof p.id !== 'string' || !ID.test(p.id))
			err(at, 'id must be lowercase ASCII letters, digits, - or _');
		if (byId.has(p.id)) err(at, 'duplicate id');
		byId.set(p.id, p);
	}
	for (const p of g.places) {
		const at = `place ${p.id}`;
		if (!PLACE_KINDS.includes(p.kind)) err(at, `unknown kind "${p.kind}"`);
		if (!p.name_zh?.trim()) err(at, 'name_zh is empty');
		if (!p.name_en?.trim()) err(at, 'name_en is empty');
		if (!Array.isArray(p.aliases)) err(at, 'aliases must be an array');
		else {
			if (p.aliases.includes(p.name_zh)) err(at, `alias repeats name_zh "${p.name_zh}"`);
			if (new Set(p.aliases).size !== p.aliases.length) err(at, 'duplicate alias');
			for (const a of p.aliases) if (!a.trim() || a !== a.trim()) err(at, `bad alias "${a}"`);
		}
		if (!Array.isArray(p.sources) || p.sources.length === 0) err(at, 'no sources');
		else if (sourceIds)
			for (const s of p.sources) if (!sourceIds.has(s.id)) err(at, `unknown source id "${s.id}"`);
		const allowed = PARENT_KINDS[p.kind];
		if (p.parent !== undefined) {
			const parent = byId.get(p.parent);
			if (!parent) err(at, `parent "${p.parent}" does not exist`);
			else if (allowed && !allowed.includes(parent.kind))
				err(at, `a ${p.kind} cannot have a ${parent.kind} as parent`);
		} else if (allowed && allowed.length && p.kind !== 'sanqu-sanzhou' && p.kind !== 'site')
			err(at, `a ${p.kind} needs a parent`);
		for (const c of p.codes ?? []) {
			if (!/^\d{6}$/.test(c)) err(at, `code "${c}" is not 6 digits`);
			else if (opts.geodata && !codeAtLevel(c, p.kind, opts.geodata))
				err(
					at,
					`code ${c} is not in the geodata${p.kind === 'county' ? ' level 3' : p.kind === 'prefecture' ? ' level 2' : p.kind === 'province' ? ' level 1' : ''}`
				);
		}
		if (['province', 'prefecture', 'county'].includes(p.kind) && (p.codes?.length ?? 0) !== 1)
			err(at, `a ${p.kind} needs exactly one code`);
		if (GROUP_KINDS.includes(p.kind) && !Array.isArray(p.members)) err(at, 'members missing');
		const members = p.members ?? [];
		if (new Set(members).size !== members.length) err(at, 'duplicate member');
		for (const c of members) {
			if (!/^\d{6}$/.test(c)) err(at, `member "${c}" is not 6 digits`);
			else if (opts.geodata && !opts.geodata.level3.has(layerCode(c)))
				err(at, `member ${c} is not a county-level unit of the geodata (level 3)`);
		}
		if (p.official_member_count !== undefined) {
			if (!Number.isInteger(p.official_member_count) || p.official_member_count < 1)
				err(at, 'official_member_count must be a positive integer');
			else if (members.length > p.official_member_count)
				err(at, `${members.length} members exceed the official count ${p.official_member_count}`);
			else if (p.members_complete && members.length !== p.official_member_count && !p.parts)
				err(at, `marked complete but has ${members.length} of ${p.official_member_count} members`);
		}
		for (const id of p.parts ?? []) if (!byId.has(id)) err(at, `part "${id}" does not exist`);
		for (const id of p.provinces_spanned ?? [])
			if (byId.get(id)?.kind !== 'province') err(at, `provinces_spanned: "${id}" is not a province id`);
		if (p.kind === 'township' || p.kind === 'village') {
			if (!p.coord && !(p.approximate === true && p.placed_at))
				err(at, 'a village or township without coord must be approximate and placed_at a unit');
		}
		if (p.same_as !== undefined) {
			const other = byId.get(p.same_as);
			if (!other) err(at, `same_as "${p.same_as}" does not exist`);
			else if (!other.codes?.length || !members.length)
				err(at, 'same_as joins a place with members to a unit with codes');
			else if (opts.geodata) {
				// The members must be every county-level unit under the other place's codes, no more.
				const prefixes = other.codes.map((c) => c.replace(/(00)+$/, ''));
				const under = [...opts.geodata.level3].filter((c) => prefixes.some((x) => c.startsWith(x)));
				const mine = new Set(members.map(layerCode));
				if (under.length !== mine.size || under.some((c) => !mine.has(c)))
					err(
						at,
						`same_as "${p.same_as}": the members are not exactly its ${under.length} county-level units`
					);
			}
		}
		if (p.placed_at !== undefined && !byId.has(p.placed_at))
			err(at, `placed_at "${p.placed_at}" does not exist`);
		if (p.coord && !(p.coord.length === 2 && p.coord.every(Number.isFinite)))
			err(at, 'coord must be [lon, lat]');
		for (const d of [p.valid_from, p.valid_to])
			if (d !== undefined && !DATE.test(d)) err(at, `bad date "${d}"`);
	}

	// surface forms: one place each, unless declared ambiguous
	const ambiguous = new Map(g.ambiguous.map((a) => [a.surface, a]));
	for (const a of g.ambiguous) {
		const at = `ambiguous "${a.surface}"`;
		if (a.candidates.length < 2) err(at, 'needs at least two candidates');
		for (const id of a.candidates) if (!byId.has(id)) err(at, `candidate "${id}" does not exist`);
		if (!a.rule?.trim()) err(at, 'rule is empty');
	}
	for (const [surface, ids] of surfaceIndex(g.places)) {
		const decl = ambiguous.get(surface);
		if (ids.length > 1 && !decl)
			err(`surface "${surface}"`, `used by ${ids.join(', ')} but not declared ambiguous`);
		if (decl)
			for (const id of ids)
				if (!decl.candidates.includes(id))
					err(`surface "${surface}"`, `${id} is not among the declared candidates`);
	}
	for (const s of g.stopwords)
		if (!s.surface?.trim() || !s.why?.trim()) err(`stopword "${s.surface}"`, 'surface and why are required');

	// events
	const eventIds = new Set<string>();
	const numbers = new Map<number, string>();
	for (const e of g.events) {
		const at = `event ${e.id}`;
		if (!ID.test(e.id)) err(at, 'id must be lowercase ASCII letters, digits, - or _');
		if (eventIds.has(e.id) || byId.has(e.id)) err(at, 'duplicate id');
		eventIds.add(e.id);
		if (e.kind !== 'symposium' && e.kind !== 'visit') err(at, `unknown kind "${e.kind}"`);
		if (!DATE.test(e.date ?? '')) err(at, `bad date "${e.date}"`);
		if (!byId.has(e.place)) err(at, `place "${e.place}" does not exist`);
		if (!e.title_zh?.trim() || !e.title_en?.trim()) err(at, 'title_zh and title_en are required');
		if (!e.sources?.length) err(at, 'no sources');
		else if (sourceIds)
			for (const s of e.sources) if (!sourceIds.has(s.id)) err(at, `unknown source id "${s.id}"`);
		if (e.site) {
			const [lon, lat] = e.site.coord ?? [];
			if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) err(at, 'site.coord must be [lon, lat]');
			if (!/^\d{6}$/.test(e.site.district ?? '')) err(at, 'site.district must be a 6-digit code');
			else if (opts.geodata && !opts.geodata.level3.has(layerCode(e.site.district)))
				err(at, `site.district ${e.site.district} is not a county-level unit of the geodata`);
			if (!['venue', 'seat', 'centre'].includes(e.site.basis)) err(at, `site.basis "${e.site.basis}"`);
			if (!(e.site.precision_m > 0)) err(at, 'site.precision_m must be a positive number');
			if (!e.site.name_zh?.trim()) err(at, 'site.name_zh is required');
			if (!e.site.sources?.length) err(at, 'site has no sources');
			else if (sourceIds)
				for (const s of e.site.sources) if (!sourceIds.has(s.id)) err(at, `unknown source id "${s.id}"`);
		} else if (e.kind === 'symposium') err(at, 'a symposium needs its site (where it was held)');
		if (e.kind === 'symposium') {
			if (!Number.isInteger(e.number)) err(at, 'a symposium needs its number');
			else if (numbers.has(e.number!)) err(at, `number ${e.number} also used by ${numbers.get(e.number!)}`);
			else numbers.set(e.number!, e.id);
		}
	}
	const n = numbers.size;
	for (let i = 1; i <= n; i++)
		if (!numbers.has(i)) err('events', `symposium numbers are not 1…${n}: ${i} missing`);
	if (opts.geodata)
		for (const [code, ex] of Object.entries(CODE_EXCEPTIONS))
			if (!opts.geodata.level3.has(ex.layer))
				err('code exceptions', `${ex.name} ${code}: layer code ${ex.layer} not in level 3`);
	return errors;
}
