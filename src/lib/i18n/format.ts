/**
 * Numbers and dates per UI language. Dates are formatted by hand, not with Intl, so that the text is
 * the same in every browser and Node version: 2017年6月23日 / 23 June 2017.
 */
import type { Lang } from './types';

const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** 1234 → "1,234" (both languages group by thousands); non-finite numbers as "–". */
export function formatNumber(lang: Lang, n: number): string {
	if (!Number.isFinite(n)) return '–';
	numberFormats[lang] ??= new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
		maximumFractionDigits: 2
	});
	return numberFormats[lang].format(n);
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * An ISO date, full or partial (YYYY-MM-DD, YYYY-MM, YYYY): "2017年6月23日" / "23 June 2017",
 * "2015年6月" / "June 2015", "2015年" / "2015". Anything else is returned unchanged.
 */
export function formatDate(lang: Lang, iso: string): string {
	const m = ISO_DATE.exec(iso);
	if (!m) return iso;
	const year = Number(m[1]);
	const month = m[2] === undefined ? undefined : Number(m[2]);
	const day = m[3] === undefined ? undefined : Number(m[3]);
	if (month !== undefined && (month < 1 || month > 12)) return iso;
	if (day !== undefined && (day < 1 || day > daysIn(year, month!))) return iso;
	if (lang === 'zh') return `${year}年` + (month ? `${month}月` : '') + (day ? `${day}日` : '');
	if (!month) return String(year);
	return (day ? `${day} ` : '') + `${MONTHS_EN[month - 1]} ${year}`;
}

/** A year as a label: "2015年" / "2015". */
export function formatYear(lang: Lang, year: number): string {
	return lang === 'zh' ? `${year}年` : String(year);
}

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
