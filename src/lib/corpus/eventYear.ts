/**
 * The year of the event a sentence talks about at a mention, when it is not the document's
 * own year: the 2017 speech recounting the 2015 延安 symposium, the 2020 speech listing the
 * symposia of 2015–2019 by year.
 *
 * Rules, first that applies:
 * 1. The nearest year written before the mention in the same sentence: an explicit 2015年
 *    or 去年 / 前年 / 今年 relative to the document's date. A target (到2020年) or the end of a
 *    range (2013年至2019年) cancels it: no single year. So does a year after the document's
 *    date (联合国2030年可持续发展议程 in 2020): a target, not an event.
 *    "2015年在延安召开…、在贵阳召开…，2016年在银川召开…" gives 延安 and 贵阳 2015, 银川 2016.
 * 2. A gazetteer event at the mentioned place (or a place inside it) of the kind the sentence
 *    speaks of: a symposium when it says 座谈会, a visit when it says 到/考察/调研/看望.
 * Returns undefined when the year found is the document's year or none is found.
 */
import type { GazetteerEvent } from '../gazetteer/types';

const YEAR = /(?:(到|至|于)\s*)?((?:19|20)\d{2})\s*年|(去年|前年|今年)/g;
const RELATIVE: Record<string, number> = { 去年: -1, 前年: -2, 今年: 0 };

export function eventYear(
	sentence: string,
	mentionOffset: number,
	docDate: string,
	placeIds: readonly string[],
	events: readonly GazetteerEvent[]
): number | undefined {
	const docYear = Number(docDate.slice(0, 4));
	let year: number | undefined;
	for (const m of sentence.matchAll(YEAR)) {
		if ((m.index ?? 0) >= mentionOffset) break;
		// 到2020年 (a target) or the end of a range 2013年至2019年: no single year of an event.
		year = m[1] ? undefined : m[2] ? Number(m[2]) : docYear + RELATIVE[m[3]];
		// A year after the document's is a target too (联合国2030年议程), not an event it recounts.
		if (year !== undefined && year > docYear) year = undefined;
	}
	if (year === undefined) {
		const symposium = sentence.includes('座谈会');
		const visit = /到|考察|调研|看望|走访/.test(sentence);
		const hits = events.filter(
			(e) =>
				placeIds.includes(e.place) &&
				((e.kind === 'symposium' && symposium) || (e.kind === 'visit' && visit)) &&
				Number(e.date.slice(0, 4)) !== docYear
		);
		if (hits.length === 1) year = Number(hits[0].date.slice(0, 4));
	}
	return year === undefined || year === docYear ? undefined : year;
}
