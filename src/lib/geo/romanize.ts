/** Pinyin romanization of Chinese place names (pinyin-pro). Pure: no Svelte, no DOM, no data. */
import { pinyin } from 'pinyin-pro';

/**
 * Pinyin of a Chinese place name as written on English maps: syllables joined, first letter capital,
 * an apostrophe before a syllable that starts with a, o or e (六安 → Lu'an, 西安 → Xi'an), ü kept.
 */
export function romanize(zh: string): string {
	const syllables = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed' })
		.map((s) => s.trim().toLowerCase())
		.filter(Boolean);
	const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
	return joined.charAt(0).toUpperCase() + joined.slice(1);
}
