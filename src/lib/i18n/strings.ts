/**
 * UI strings, Chinese (the default) and English. Flat keys; `{name}` marks a value filled in by t().
 * `en` is typed by the keys of `zh`, so a key missing from or added to either one is a type error.
 * Plain text only: the UI renders these as text, never as HTML.
 */
import type { Lang } from './types';

const zh = {
	// App
	'app.title': '脱贫攻坚讲话地图',
	'app.tagline': '在地图上读脱贫攻坚讲话：点一个地方，看讲话原文怎么说',
	'app.skipToContent': '跳到主要内容',
	'lang.switch': 'English',
	'lang.switchLabel': '切换到英文界面',
	'lang.current': '中文',

	// Search
	'search.label': '搜索',
	'search.placeholder': '搜索地名、拼音或讲话原文',
	'search.noResults': '没有找到“{query}”',
	'search.group.places': '地点',
	'search.group.passages': '讲话段落',
	'search.clear': '清除搜索',

	// Filters
	'filter.title': '筛选',
	'filter.documents': '文献',
	'filter.allDocuments': '全部文献',
	'filter.docKind': '文献类型',
	'filter.speech': '讲话',
	'filter.report': '报道',
	'filter.year': '年份',
	'filter.allYears': '全部年份',
	'filter.yearHint': '文献发表年份，或讲话所述事件的年份',
	'filter.placeKind': '地点类型',
	'filter.allKinds': '全部类型',
	'filter.reset': '清除筛选',
	'filter.active': '已筛选：{summary}',

	// Layers
	'layers.title': '图层',
	'layers.legend': '图例',
	'layer.sanqu': '三区三州',
	'layer.sanqu.legend': '西藏、四省涉藏州县、南疆四地州和四川凉山州、云南怒江州、甘肃临夏州',
	'layer.areas': '集中连片特困地区（14）',
	'layer.areas.legend': '14个集中连片特困地区，每片为其所辖县的合并范围；县名单不全的片区以虚线标出',
	'layer.unexited52': '2020年挂牌督战的52个县',
	'layer.unexited52.legend': '2020年初尚未摘帽、由国务院扶贫开发领导小组挂牌督战的52个贫困县',
	'layer.poverty832': '832个贫困县（按摘帽年份）',
	'layer.poverty832.legend': '颜色表示摘帽年份；拖动年份滑块查看每年仍未摘帽的县',
	'layer.named': '讲话提到的地区',
	'layer.named.legend': '讲话中点名的地级和县级单位（描边并标注名称）',
	'layer.villages': '村',
	'layer.villages.legend': '讲话提到的村；空心点为大致位置（标在所在县）',
	'layer.symposia': '七次座谈会',
	'layer.symposia.legend': '七次脱贫攻坚座谈会的举办地，按时间顺序编号并连线',
	'layer.choropleth': '各省被提及次数',
	'layer.choropleth.legend': '按所选文献统计，各省（含省内地方）被提及的次数',
	'layer.partial': '名单不全',
	'layer.show': '显示{layer}',
	'layer.hide': '隐藏{layer}',

	// 832 slider
	'exit.title': '贫困县摘帽进程',
	'exit.slider': '摘帽年份',
	'exit.play': '播放',
	'exit.pause': '暂停',
	'exit.remaining': '{year}年底仍有 {n} 个贫困县未摘帽',
	'exit.exited': '{year}年摘帽',
	'exit.notExited': '未摘帽',

	// Kinds of place
	'kind.province': '省级',
	'kind.prefecture': '地级',
	'kind.county': '县级',
	'kind.township': '乡镇',
	'kind.village': '村',
	'kind.poverty-area': '连片特困地区',
	'kind.sanqu-sanzhou': '三区三州',
	'kind.county-group': '县组',
	'kind.region': '历史/非正式地区',
	'kind.site': '地点',
	'kind.broad': '泛称',

	// Document kinds
	'docKind.speech': '讲话',
	'docKind.report': '报道',

	// Popup
	'popup.close': '关闭',
	'popup.passages': '讲话段落',
	'popup.passageCount': '{n} 段',
	'popup.via': '经由{place}',
	'popup.readInContext': '阅读上下文',
	'popup.noPassage': '没有段落提到这个地方。',
	'popup.noPassageFiltered': '在当前筛选下，没有段落提到这个地方。',
	'popup.approximate': '大致位置（标在所在县）',
	'popup.partial': '已有来源的县 {n} / 共 {total}',
	'popup.partialUnknownTotal': '已有来源的县 {n}（总数未知）',
	'popup.memberships': '所属',
	'popup.parents': '上级',
	'popup.members': '成员',
	'popup.chooseFeature': '此处有多个地方，请选择：',
	'popup.noShape': '此名称不对应地图上的区域',

	// List of places in view
	'list.title': '视野内的地方',
	'list.count': '{n} 个地方',
	'list.empty': '当前视野内没有地方',
	'list.mentions': '提及 {n} 次',

	// Reader
	'reader.paragraph': '第{n}段',
	'reader.section': '第{n}部分',
	'reader.backToMap': '返回地图',
	'reader.contents': '目录',
	'reader.placesInView': '本段提到的地方',
	'reader.source': '来源',
	'reader.notFound': '找不到这篇文献',

	// Presentation, QR, export
	'present.start': '演示',
	'present.exit': '退出演示',
	'present.next': '下一页',
	'present.previous': '上一页',
	'present.slide': '第 {n} 页，共 {total} 页',
	'qr.show': '二维码',
	'qr.caption': '扫码在手机上打开此视图',
	'share.copyLink': '复制链接',
	'share.copied': '链接已复制',
	'export.title': '导出',
	'export.png': '导出图片（PNG）',
	'export.csv': '导出提及列表（CSV）',
	'export.done': '已导出 {file}',

	// Offline, WebGL, errors
	'offline.notice': '当前处于离线状态，显示的是已缓存的数据。',
	'offline.ready': '已可离线使用',
	'webgl.unavailable': '此浏览器无法显示地图（不支持 WebGL）。仍可使用下方的地点列表和搜索。',
	'error.loadData': '数据加载失败。',
	'error.retry': '重试',
	'error.notFound': '找不到此页面',

	// URL notices (notice-text.ts)
	'notice.unknown-param': '已忽略无法识别的参数 {param}={value}',
	'notice.malformed': '已忽略格式不正确的参数 {param}={value}',
	'notice.unknown-id': '已忽略未知的{what}“{value}”',
	'notice.out-of-range': '已忽略超出范围的参数 {param}={value}',
	'notice.duplicate': '已忽略重复的 {param}={value}',
	'notice.too-long': '参数 {param} 过长，已忽略',
	'notice.queryTooLong': '链接过长，已忽略其后部分',
	'notice.queryMalformed': '无法读取链接中的参数，已全部忽略',
	'notice.dismiss': '知道了',
	'notice.what.doc': '文献',
	'notice.what.dockind': '文献类型',
	'notice.what.kind': '地点类型',
	'notice.what.layers': '图层',
	'notice.what.place': '地点',
	'notice.what.lang': '语言',
	'notice.what.other': '值',

	// Map
	'map.label': '中国地图',
	'map.zoomIn': '放大',
	'map.zoomOut': '缩小',
	'map.resetView': '回到全国视图',
	'map.inset': '南海诸岛',
	'map.loading': '地图加载中……',
	'map.noWebgl':
		'这个浏览器不支持 WebGL2，所以这里显示的是简化的静态地图。每个地方、每段讲话都照样能看：点击地图上的区域，或使用地点列表。',
	'map.simpleLabel': '简化的中国地图（无 WebGL2）',
	'map.noWebglShort': '这个浏览器不支持 WebGL2，所以这里显示的是简化的静态地图。'
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
	'app.title': 'Speech Atlas: Poverty Alleviation Speeches',
	'app.tagline': 'Read the poverty-alleviation speeches on a map: click a place to see what the texts say',
	'app.skipToContent': 'Skip to main content',
	'lang.switch': '中文',
	'lang.switchLabel': 'Switch to Chinese',
	'lang.current': 'English',

	'search.label': 'Search',
	'search.placeholder': 'Search places, pinyin or the texts',
	'search.noResults': 'Nothing found for “{query}”',
	'search.group.places': 'Places',
	'search.group.passages': 'Passages',
	'search.clear': 'Clear search',

	'filter.title': 'Filters',
	'filter.documents': 'Documents',
	'filter.allDocuments': 'All documents',
	'filter.docKind': 'Kind of document',
	'filter.speech': 'Speech',
	'filter.report': 'Report',
	'filter.year': 'Year',
	'filter.allYears': 'All years',
	'filter.yearHint': 'The year of the document, or of an event it recounts',
	'filter.placeKind': 'Kind of place',
	'filter.allKinds': 'All kinds',
	'filter.reset': 'Clear filters',
	'filter.active': 'Filtered: {summary}',

	'layers.title': 'Layers',
	'layers.legend': 'Legend',
	'layer.sanqu': 'Three Regions and Three Prefectures',
	'layer.sanqu.legend':
		'Tibet, the Tibetan areas of four provinces, four prefectures of southern Xinjiang, and Liangshan, Nujiang and Linxia prefectures',
	'layer.areas': 'Contiguous poverty areas (14)',
	'layer.areas.legend':
		'The 14 contiguous areas of extreme poverty, each drawn as the union of its counties; areas whose county list is partial are dashed',
	'layer.unexited52': 'The 52 counties of 2020',
	'layer.unexited52.legend':
		'The 52 poverty counties not yet off the list in early 2020, placed under direct supervision',
	'layer.poverty832': 'The 832 poverty counties (by year off the list)',
	'layer.poverty832.legend':
		'Colour shows the year a county left the list; move the year slider to see those remaining each year',
	'layer.named': 'Places the speeches name',
	'layer.named.legend': 'Prefectures and counties named in the texts (outlined and labelled)',
	'layer.villages': 'Villages',
	'layer.villages.legend':
		'Villages named in the texts; hollow dots are approximate (placed at their county)',
	'layer.symposia': 'The seven symposia',
	'layer.symposia.legend':
		'Where the seven poverty-alleviation symposia were held, numbered and linked in date order',
	'layer.choropleth': 'Mentions by province',
	'layer.choropleth.legend': 'How often the selected documents mention each province (or a place inside it)',
	'layer.partial': 'partial list',
	'layer.show': 'Show {layer}',
	'layer.hide': 'Hide {layer}',

	'exit.title': 'Counties leaving the poverty list',
	'exit.slider': 'Year off the list',
	'exit.play': 'Play',
	'exit.pause': 'Pause',
	'exit.remaining': 'Poverty counties remaining at the end of {year}: {n}',
	'exit.exited': 'Off the list in {year}',
	'exit.notExited': 'Not yet off the list',

	'kind.province': 'Province',
	'kind.prefecture': 'Prefecture',
	'kind.county': 'County',
	'kind.township': 'Township',
	'kind.village': 'Village',
	'kind.poverty-area': 'Contiguous poverty area',
	'kind.sanqu-sanzhou': 'Three Regions and Three Prefectures',
	'kind.county-group': 'Group of counties',
	'kind.region': 'Historic or informal region',
	'kind.site': 'Site',
	'kind.broad': 'Broad term',

	'docKind.speech': 'Speech',
	'docKind.report': 'Report',

	'popup.close': 'Close',
	'popup.passages': 'Passages',
	'popup.passageCount': 'Passages: {n}',
	'popup.via': 'via {place}',
	'popup.readInContext': 'Read in context',
	'popup.noPassage': 'No passage mentions this place.',
	'popup.noPassageFiltered': 'No passage mentions this place under the current filters.',
	'popup.approximate': 'Approximate location (placed at its county)',
	'popup.partial': '{n} of {total} counties sourced',
	'popup.partialUnknownTotal': '{n} counties sourced (total unknown)',
	'popup.memberships': 'Part of',
	'popup.parents': 'Within',
	'popup.members': 'Members',
	'popup.chooseFeature': 'Several places here; choose one:',
	'popup.noShape': 'This name has no shape on the map',

	'list.title': 'Places in view',
	'list.count': 'Places: {n}',
	'list.empty': 'No places in the current view',
	'list.mentions': 'Mentions: {n}',

	'reader.paragraph': 'Paragraph {n}',
	'reader.section': 'Section {n}',
	'reader.backToMap': 'Back to the map',
	'reader.contents': 'Contents',
	'reader.placesInView': 'Places in this paragraph',
	'reader.source': 'Source',
	'reader.notFound': 'No such document',

	'present.start': 'Present',
	'present.exit': 'Leave presentation',
	'present.next': 'Next',
	'present.previous': 'Previous',
	'present.slide': 'Slide {n} of {total}',
	'qr.show': 'QR code',
	'qr.caption': 'Scan to open this view on a phone',
	'share.copyLink': 'Copy link',
	'share.copied': 'Link copied',
	'export.title': 'Export',
	'export.png': 'Export image (PNG)',
	'export.csv': 'Export mentions (CSV)',
	'export.done': 'Exported {file}',

	'offline.notice': 'You are offline; showing cached data.',
	'offline.ready': 'Ready to use offline',
	'webgl.unavailable':
		'This browser cannot show the map (no WebGL). The list of places and the search below still work.',
	'error.loadData': 'The data failed to load.',
	'error.retry': 'Retry',
	'error.notFound': 'Page not found',

	'notice.unknown-param': 'Ignored unknown parameter {param}={value}',
	'notice.malformed': 'Ignored malformed parameter {param}={value}',
	'notice.unknown-id': 'Ignored unknown {what} “{value}”',
	'notice.out-of-range': 'Ignored out-of-range parameter {param}={value}',
	'notice.duplicate': 'Ignored repeated {param}={value}',
	'notice.too-long': 'Parameter {param} too long; ignored',
	'notice.queryTooLong': 'Link too long; ignored the end of it',
	'notice.queryMalformed': 'Could not read the parameters of the link; ignored them all',
	'notice.dismiss': 'Dismiss',
	'notice.what.doc': 'document',
	'notice.what.dockind': 'kind of document',
	'notice.what.kind': 'kind of place',
	'notice.what.layers': 'layer',
	'notice.what.place': 'place',
	'notice.what.lang': 'language',
	'notice.what.other': 'value',

	'map.label': 'Map of China',
	'map.zoomIn': 'Zoom in',
	'map.zoomOut': 'Zoom out',
	'map.resetView': 'Back to the whole country',
	'map.inset': 'South China Sea Islands',
	'map.loading': 'Loading the map…',
	'map.noWebgl':
		'This browser has no WebGL2, so a simpler, static map is shown. Every place and passage is still here: click a region on the map, or use the list of places.',
	'map.simpleLabel': 'Simplified map of China (no WebGL2)',
	'map.noWebglShort': 'This browser has no WebGL2, so a simpler, static map is shown.'
};

export const strings: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { zh, en };
