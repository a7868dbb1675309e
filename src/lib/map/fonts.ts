/**
 * Font stack for map labels. The style has no `glyphs` URL, so MapLibre draws every label with a
 * local font, trying these families in order: Windows (Microsoft YaHei), macOS (PingFang SC,
 * Hiragino Sans GB), Linux (Noto Sans CJK SC, WenQuanYi), then the generic family.
 * The same stack is used by the page CSS so map and text match.
 */
export const CJK_FONT_STACK = [
	'Microsoft YaHei',
	'PingFang SC',
	'Hiragino Sans GB',
	'Noto Sans CJK SC',
	'Source Han Sans SC',
	'WenQuanYi Micro Hei',
	'sans-serif'
];
