import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './load';
import { membershipStatus } from './membership';

const place = (id: string) => loadGazetteer().places.find((p) => p.id === id)!;

describe('membershipStatus', () => {
	it('labels a partially sourced area with its official count', () => {
		const s = membershipStatus(place('liupanshan'));
		expect(s.complete).toBe(false);
		expect(s.official).toBe(61);
		expect(s.label).toBe(`${place('liupanshan').members!.length} of 61 counties sourced`);
	});
	it('says when the official total is unknown', () => {
		const s = membershipStatus(place('lvliangshan'));
		expect(s.complete).toBe(false);
		expect(s.label).toMatch(/counties sourced; official total unknown$/);
	});
	it('says when an extent is approximate', () => {
		expect(membershipStatus(place('sanxi')).label).toBe(
			`${place('sanxi').members!.length} counties (approximate extent)`
		);
		expect(membershipStatus(place('wulingshan')).label).toBe('2 counties sourced; official total unknown');
	});
	it('treats derived areas as complete', () => {
		expect(membershipStatus(place('sanqu_sanzhou'))).toMatchObject({ complete: true });
		expect(membershipStatus(place('nanjiang_sandizhou'))).toEqual({
			sourced: 24,
			official: 24,
			complete: true,
			approximate: false,
			label: '24 counties'
		});
	});
});
