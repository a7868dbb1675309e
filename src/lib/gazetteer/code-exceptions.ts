/**
 * The three county-level units whose code in the gazetteer (the 2023 MCA code, as the geodata build
 * uses for its feature ids) differs from, or is missing in, one of the geodata package's files.
 */
export interface CodeException {
	name: string;
	/** Code of the unit in chn-level-3.json (gb without "156"). */
	layer: string;
	/** Whether the code is in the 2023 MCA list shipped with the package. */
	inCodeList: boolean;
	why: string;
}

export const CODE_EXCEPTIONS: Readonly<Record<string, CodeException>> = {
	'540481': {
		name: '米林市',
		layer: '540422',
		inCodeList: true,
		why: 'upgraded from 米林县 in 2023; the layer still has the county code 540422'
	},
	'540581': {
		name: '错那市',
		layer: '540530',
		inCodeList: true,
		why: 'upgraded from 错那县 in 2023; the layer still has the county code 540530'
	},
	'632857': {
		name: '大柴旦行政委员会',
		layer: '632857',
		inCodeList: false,
		why: 'a 行政委员会 without an MCA code; the layer gives it 632857'
	}
};

/** The code under which a county-level unit is found in chn-level-3.json. */
export function layerCode(code: string): string {
	return CODE_EXCEPTIONS[code]?.layer ?? code;
}
