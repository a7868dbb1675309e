/**
 * How completely an area's or group's county list is sourced, for the UI ("7 of 61 counties sourced").
 */
import type { Place } from './types';

export interface MembershipStatus {
	/** Number of sourced member counties. */
	sourced: number;
	/** Official number of members, when a source gives it. */
	official?: number;
	/** True when the member list is known to be the whole membership. */
	complete: boolean;
	/** True when the extent is only approximate (informal regions). */
	approximate: boolean;
	/** A short English label for the UI. */
	label: string;
}

const counties = (n: number) => `${n} ${n === 1 ? 'county' : 'counties'}`;

export function membershipStatus(place: Place): MembershipStatus {
	const sourced = place.members?.length ?? 0;
	const official = place.official_member_count;
	const complete = place.members_complete === true || (official !== undefined && sourced >= official);
	const approximate = place.approximate === true;
	const label = approximate
		? `${counties(sourced)} (approximate extent)`
		: complete
			? counties(sourced)
			: official !== undefined
				? `${sourced} of ${counties(official)} sourced`
				: `${counties(sourced)} sourced; official total unknown`;
	return { sourced, official, complete, approximate, label };
}
