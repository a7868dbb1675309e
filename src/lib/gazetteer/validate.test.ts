import { describe, expect, it } from 'vitest';
import { readGeodataCodes } from './geodata-codes';
import { loadGazetteer, loadSources } from './load';
import type { Gazetteer } from './types';
import { validateGazetteer } from './validate';

const geodata = readGeodataCodes();
const opts = { geodata, sources: loadSources() };
const fresh = (): Gazetteer => structuredClone(loadGazetteer());

describe('validateGazetteer', () => {
	it('accepts the project gazetteer, checked against the geodata package and sources.json', () => {
		expect(validateGazetteer(loadGazetteer(), opts)).toEqual([]);
	});

	it('reports a duplicate id, a non-ASCII id and an unknown kind', () => {
		const g = fresh();
		g.places.push({ ...g.places[0] });
		g.places[1] = { ...g.places[1], id: '天津' };
		(g.places[2] as { kind: string }).kind = 'city';
		const errors = validateGazetteer(g, opts);
		expect(errors).toContain('place beijing: duplicate id');
		expect(errors.some((e) => e.startsWith('place 天津: id must be'))).toBe(true);
		expect(errors).toContain(`place ${g.places[2].id}: unknown kind "city"`);
	});

	it('reports a symposium without a site, and a site with a bad point, district or source', () => {
		const g = fresh();
		const [a, b] = g.events.filter((e) => e.kind === 'symposium');
		delete a.site;
		b.site = { ...b.site!, coord: [200, 30], district: '999999', sources: [{ id: 'S_NOWHERE' }] };
		const errors = validateGazetteer(g, opts);
		expect(errors).toContain(`event ${a.id}: a symposium needs its site (where it was held)`);
		expect(errors).toContain(`event ${b.id}: site.coord must be [lon, lat]`);
		expect(errors).toContain(`event ${b.id}: site.district 999999 is not a county-level unit of the geodata`);
		expect(errors).toContain(`event ${b.id}: unknown source id "S_NOWHERE"`);
	});

	it('reports codes that are not in the geodata at the level of the kind', () => {
		const g = fresh();
		const county = g.places.find((p) => p.id === 'fuping')!;
		county.codes = ['130600'];
		const pref = g.places.find((p) => p.id === 'baoding')!;
		pref.codes = ['999999'];
		const errors = validateGazetteer(g, opts);
		expect(errors).toContain('place fuping: code 130600 is not in the geodata level 3');
		expect(errors).toContain('place baoding: code 999999 is not in the geodata level 2');
	});

	it('reports members that are not county-level units, but accepts the known code exceptions', () => {
		const g = fresh();
		const area = g.places.find((p) => p.id === 'sanqu_sanzhou')!;
		expect(area.members).toEqual(expect.arrayContaining(['540481', '540581', '632857']));
		area.members = [...area.members!, '540000'];
		const errors = validateGazetteer(g, opts);
		expect(errors).toEqual([
			'place sanqu_sanzhou: member 540000 is not a county-level unit of the geodata (level 3)'
		]);
	});

	it('reports an alias shared by two places unless declared ambiguous', () => {
		const g = fresh();
		g.places.find((p) => p.id === 'dingxi')!.aliases.push('延安');
		expect(validateGazetteer(g, opts)).toContain(
			'surface "延安": used by yanan, dingxi but not declared ambiguous'
		);
		g.ambiguous.push({ surface: '延安', candidates: ['yanan', 'dingxi'], rule: 'test' });
		expect(validateGazetteer(g, opts)).toEqual([]);
	});

	it('reports a missing parent, an unknown source and a village without coordinate or placement', () => {
		const g = fresh();
		g.places.find((p) => p.id === 'kelan')!.parent = 'nowhere';
		g.places.find((p) => p.id === 'hezhang')!.sources.push({ id: 'S_NOPE' });
		delete g.places.find((p) => p.id === 'zhaojiawa')!.placed_at;
		const errors = validateGazetteer(g, opts);
		expect(errors).toContain('place kelan: parent "nowhere" does not exist');
		expect(errors).toContain('place hezhang: unknown source id "S_NOPE"');
		expect(errors).toContain(
			'place zhaojiawa: a village or township without coord must be approximate and placed_at a unit'
		);
	});

	it('reports events without a valid date, place or symposium number sequence', () => {
		const g = fresh();
		const s5 = g.events.find((e) => e.id === 'symposium-5')!;
		s5.number = 9;
		s5.date = '2018-13-01';
		g.events.find((e) => e.id === 'symposium-6')!.place = 'atlantis';
		const errors = validateGazetteer(g, opts);
		expect(errors).toContain('event symposium-5: bad date "2018-13-01"');
		expect(errors).toContain('event symposium-6: place "atlantis" does not exist');
		expect(errors.some((e) => e.startsWith('events: symposium numbers are not 1…'))).toBe(true);
	});

	it('reports more members than the official count', () => {
		const g = fresh();
		const a = g.places.find((p) => p.id === 'daxinganling')!;
		a.official_member_count = 2;
		expect(validateGazetteer(g, opts)).toContain(
			`place daxinganling: ${a.members!.length} members exceed the official count 2`
		);
	});

	it('reports a same_as whose members are not exactly the other unit’s counties', () => {
		const g = fresh();
		const part = g.places.find((p) => p.id === 'sanzhou_liangshan')!;
		part.members = part.members!.slice(1);
		part.official_member_count = part.members.length;
		const errors = validateGazetteer(g, opts);
		// 凉山彝族自治州 has 17 county-level units in the geodata package.
		expect(errors).toContain(
			'place sanzhou_liangshan: same_as "liangshan": the members are not exactly its 17 county-level units'
		);
		part.same_as = 'nowhere';
		expect(validateGazetteer(g, opts)).toContain('place sanzhou_liangshan: same_as "nowhere" does not exist');
	});
});
