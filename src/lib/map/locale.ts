/**
 * MapLibre's own UI strings (control tooltips and labels, the scale bar's units, the canvas's name)
 * in the reader's language, for the Map `locale` option. The keys are MapLibre 6's
 * (`src/ui/default_locale.ts`); those of controls this app does not add are left to MapLibre.
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/#locale
 */
import type { Lang } from '../i18n/types';

export const MAP_LOCALE: Record<Lang, Record<string, string>> = {
	zh: {
		'AttributionControl.ToggleAttribution': '显示或隐藏数据来源',
		'AttributionControl.MapFeedback': '地图反馈',
		'FullscreenControl.Enter': '全屏显示',
		'FullscreenControl.Exit': '退出全屏',
		'Map.Title': '地图',
		'NavigationControl.ResetBearing': '拖动旋转地图，点击恢复正北',
		'NavigationControl.ZoomIn': '放大',
		'NavigationControl.ZoomOut': '缩小',
		'Popup.Close': '关闭弹出框',
		'ScaleControl.Meters': '米',
		'ScaleControl.Kilometers': '公里'
	},
	en: {
		'AttributionControl.ToggleAttribution': 'Show or hide the data sources',
		'AttributionControl.MapFeedback': 'Map feedback',
		'FullscreenControl.Enter': 'Full screen',
		'FullscreenControl.Exit': 'Exit full screen',
		'Map.Title': 'Map',
		'NavigationControl.ResetBearing': 'Drag to rotate the map, click to reset north',
		'NavigationControl.ZoomIn': 'Zoom in',
		'NavigationControl.ZoomOut': 'Zoom out',
		'Popup.Close': 'Close popup',
		'ScaleControl.Meters': 'm',
		'ScaleControl.Kilometers': 'km'
	}
};
