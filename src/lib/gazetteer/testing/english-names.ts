/**
 * Test helper (no data imports, so the built-site check can use it too): the English names every place
 * must NOT appear under. From the table's rows it derives, for each administrative unit whose chosen
 * name is not the plain pinyin of its characters, that pinyin (阿克苏 → Akesu, 日喀则 → Rikaze, 甘孜 →
 * Ganzi); adds the typographic twins of chosen names (Yan’an for Yan'an, Qinling–Daba for Qinling-Daba)
 * and the spellings of other conventions seen in earlier versions (Khingan, Tibet, Kashi …).
 */
import { romanize } from '../../geo/romanize';

/** One place as the table names it. `zh`: its Chinese name (short or full) where a pinyin variant exists. */
export interface NameRow {
	key: string;
	full: string;
	short: string;
	zh?: string;
}

/** Spellings of other conventions, each with the key of the place it misspells. */
export const KNOWN_VARIANTS: Readonly<Record<string, string>> = {
	Khingan: 'xingan',
	'Greater Khingan': 'daxinganling',
	'Greater Hinggan': 'daxinganling',
	"Daxing'anling": '232700',
	Daxinganling: '232700',
	"Hulunbei'er": '150700',
	Hulunbeier: '150700',
	Tibet: 'xizang',
	'Tibet (Xizang)': 'xizang',
	'Ngawa (Aba)': 'aba',
	Kashi: '653100',
	Changdu: '540300',
	Shigatse: '540200',
	Ganzi: '513300',
	Taibei: '710009'
};

const ETHNIC = /^(.{2,}?)((?:[\u4e00-\u9fff]{1,3}族)+)$/u;
const GENERIC = /(特别行政区|自治区|自治州|自治县|地区|林区|省|市|县|盟|旗)$/u;

/** 延边朝鲜族自治州 → 延边; 阿克苏地区 → 阿克苏; 杭锦旗 → 杭锦. */
export function zhCore(zh: string): string {
	const bare = zh.replace(GENERIC, '');
	return (ETHNIC.exec(bare)?.[1] ?? bare) || zh;
}

/** variant → key of the place it misspells. */
export function bannedVariants(rows: readonly NameRow[]): Map<string, string> {
	const chosen = rows.flatMap((r) => [r.full, r.short]);
	const chosenSet = new Set(chosen);
	// A pinyin that begins another chosen name (Hainan → Hainan Prefecture, Suzhou → Suzhou (Anhui)) is
	// that place's name, not a variant.
	const begins = (v: string) => chosen.some((c) => c === v || c.startsWith(`${v} `) || c.startsWith(`${v},`));
	const out = new Map<string, string>();
	for (const r of rows) {
		if (!r.zh) continue;
		const v = romanize(zhCore(r.zh));
		if (v.length < 3 || begins(v)) continue;
		out.set(v, r.key);
	}
	for (const r of rows)
		for (const name of new Set([r.full, r.short])) {
			if (name.includes("'")) out.set(name.replaceAll("'", '’'), r.key);
			if (name.includes('-')) out.set(name.replaceAll('-', '–'), r.key);
		}
	for (const [v, key] of Object.entries(KNOWN_VARIANTS)) if (!chosenSet.has(v)) out.set(v, key);
	return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text as a reader sees it: HTML entities and JS/JSON escapes decoded. */
export function plainText(text: string): string {
	return text
		.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
		.replace(/\\(['"])/g, '$1')
		.replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
		.replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
		.replace(/&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

/**
 * Every occurrence of a banned variant in the text, as a whole word (Tibet, not Tibetan), with context.
 * Text between “ and ” is a verbatim quote of a source (the gazetteer's convention for notes) and keeps
 * the source's spelling: it is not searched.
 */
export function findVariants(
	text: string,
	variants: ReadonlyMap<string, string>
): { variant: string; key: string; context: string }[] {
	if (variants.size === 0) return [];
	const alternatives = [...variants.keys()].sort((a, b) => b.length - a.length).map(escape);
	const re = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
	const plain = plainText(text).replace(/“[^“”]*”/g, (q) => ' '.repeat(q.length));
	return [...plain.matchAll(re)].map((m) => ({
		variant: m[0],
		key: variants.get(m[0])!,
		context: plain.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)
	}));
}

/** Names (case-insensitive) given to more than one key: name → keys. */
export function sharedNames(names: Iterable<[key: string, name: string]>): Map<string, string[]> {
	const byName = new Map<string, Set<string>>();
	for (const [key, name] of names) {
		const k = name.toLowerCase();
		byName.set(k, (byName.get(k) ?? new Set()).add(key));
	}
	return new Map([...byName].filter(([, keys]) => keys.size > 1).map(([n, keys]) => [n, [...keys].sort()]));
}
