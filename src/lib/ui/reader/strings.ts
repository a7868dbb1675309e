/**
 * Reader strings not (yet) in $lib/i18n/strings.ts. Kept in one place so they can move there.
 */
export const READER_STRINGS = {
	zh: {
		showOnMap: '在地图上查看',
		reportKind: '新华社报道',
		speechKind: '讲话',
		mapLabel: '地图：正在阅读的段落提到的地方',
		placesInView: '正在阅读的段落提到的地方',
		noneInView: '正在阅读的段落没有提到地方。',
		hint: '点击文中带下划线的地名，在地图上查看。',
		selected: '已选地点',
		documentSwitcher: '文献',
		author: '讲话人',
		continuation: '（报纸转版标记）',
		mapSide: '地图',
		otherLang: 'English'
	},
	en: {
		showOnMap: 'Show on map',
		reportKind: 'Xinhua report',
		speechKind: 'Speech',
		mapLabel: 'Map: places named in the paragraphs being read',
		placesInView: 'Places named in the paragraphs being read',
		noneInView: 'The paragraphs being read name no place.',
		hint: 'Click an underlined place name in the text to see it on the map.',
		selected: 'Selected place',
		documentSwitcher: 'Documents',
		author: 'Speaker',
		continuation: '(newspaper page-continuation mark)',
		mapSide: 'Map',
		otherLang: '中文'
	}
} as const;
