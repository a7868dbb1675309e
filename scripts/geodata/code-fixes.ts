/**
 * Codes the polygon layer (chn-level-3.json) gives differently from the 2023 MCA code list that the
 * rest of the project uses. Our feature id is the MCA code; the layer's code is kept as `source_code`.
 */
export const CODE_FIXES: Readonly<Record<string, string>> = {
	/** 米林市: layer 540422 (the code of the former 米林县), MCA 2023 list 540481. */
	'540422': '540481',
	/** 错那市: layer 540530 (the code of the former 错那县), MCA 2023 list 540581. */
	'540530': '540581'
};
