/** The few UI strings of presentation mode (tour text itself lives in the tour files). */
import type { Lang } from '$lib/i18n/types';

export const PRESENT_STRINGS = {
	zh: {
		stop: '第 {n} 站，共 {total} 站',
		keys: '→ 下一站 · ← 上一站 · 数字+回车 跳转 · B 黑屏 · F 全屏 · Esc 退出',
		jump: '跳到第 {n} 站',
		noSuchStop: '没有第 {n} 站',
		fullscreenDenied: '浏览器未允许全屏',
		leave: '退出演示',
		partial: '{name}：县名单尚不完整，地图画出 {drawn} 个县{official}。',
		partialOfficial: '（共 {official} 个）',
		notDrawn: '{name}：尚无县名单来源，地图未画出。',
		spans: '{name}地跨{provinces}（地图上虚线所示）。',
		locator: '位置示意：本站地图范围在全国的位置',
		blank: '黑屏（按 B 恢复）',
		source: '出处',
		/** The citation under a quote: before the document's title, and after it. */
		citeOpen: '——《',
		citeAfter: '》，{date}（{kind}，第{n}段）',
		map: '演示地图',
		loading: '正在加载…',
		speech: '讲话',
		report: '报道'
	},
	en: {
		stop: 'Stop {n} of {total}',
		keys: '→ next · ← previous · number + Enter jump · B blank · F full screen · Esc leave',
		jump: 'Go to stop {n}',
		noSuchStop: 'There is no stop {n}',
		fullscreenDenied: 'Full screen was not allowed',
		leave: 'Leave presentation',
		partial: '{name}: county list incomplete, {drawn} counties drawn{official}.',
		partialOfficial: ' (of {official})',
		notDrawn: '{name}: no sourced county list yet, not drawn.',
		spans: '{name} spans {provinces} (dashed on the map).',
		locator: 'Locator: where this view lies in China',
		blank: 'Blank screen (press B to return)',
		source: 'Source',
		citeOpen: '— ',
		citeAfter: ', {date} ({kind}, paragraph {n})',
		map: 'Presentation map',
		loading: 'Loading…',
		speech: 'speech',
		report: 'report'
	}
} as const satisfies Record<Lang, Record<string, string>>;

export type PresentKey = keyof (typeof PRESENT_STRINGS)['zh'];

export function ps(lang: Lang, key: PresentKey, vars: Record<string, string | number> = {}): string {
	return PRESENT_STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, k: string) =>
		k in vars ? String(vars[k]) : m
	);
}
