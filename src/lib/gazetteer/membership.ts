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
	/** A short English label for the UI. */
	label: string;
}

export function membershipStatus(place: Place): MembershipStatus {
	const sourced = place.members?.length ?? 0;
	const official = place.official_member_count;
	const complete = place.members_complete === true || (official !== undefined && sourced >= official);
	const label = complete
		? `${sourced} counties`
		: official !== undefined
			? `${sourced} of ${official} counties sourced`
			: `${sourced} counties sourced; official total unknown`;
	return { sourced, official, complete, label };
}
