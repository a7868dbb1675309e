/**
 * Test helper (Node only): the project's copies of the speech texts, split as the corpus splits them
 * (the 2020 file into the speech and the Xinhua report from 【紧接第1版】), with all whitespace removed
 * so that words broken over lines or spaced out (习 近 平) read as in print.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SPEECHES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../content/speeches');

export const squash = (text: string): string => text.replace(/[\s\u3000]+/gu, '');

export function corpusTexts(): Record<string, string> {
	const t2017 = readFileSync(resolve(SPEECHES, '2017-06-23-taiyuan.txt'), 'utf8');
	const t2020 = readFileSync(resolve(SPEECHES, '2020-03-06-beijing.txt'), 'utf8');
	const cut = t2020.indexOf('【紧接第1版】');
	if (cut < 0) throw new Error('2020 text: 【紧接第1版】 not found');
	return {
		'2017-06-23-taiyuan': squash(t2017),
		'2020-03-06-beijing': squash(t2020.slice(0, cut)),
		'2020-03-06-beijing-xinhua': squash(t2020.slice(cut))
	};
}

/** Doc ids whose text contains `surface`. */
export function docsContaining(texts: Record<string, string>, surface: string): string[] {
	return Object.keys(texts).filter((d) => texts[d].includes(surface));
}
