import { describe, it, expect } from 'vitest';
import { documents } from '../corpus/documents';
import { corpusData } from '../corpus/corpusData';
import { loadGazetteer } from '../gazetteer/load';
import { defaultState } from '../state/types';
import { ATTRIBUTION } from '../map/attribution';
import { slideText, sourceDocuments, exportFileName } from './slideText';

const { index } = corpusData(documents, loadGazetteer());
const liangshan = { name_zh: '凉山彝族自治州', name_en: 'Liangshan Yi Autonomous Prefecture' };

describe('slideText', () => {
	it('titles the slide with the selected place, else the app title', () => {
		expect(slideText(index, defaultState(), liangshan).title).toBe('凉山彝族自治州');
		expect(slideText(index, defaultState(), null).title).toBe('脱贫攻坚讲话地图');
		const en = slideText(index, { ...defaultState(), lang: 'en' }, liangshan);
		expect(en.title).toBe('Liangshan Yi Autonomous Prefecture · 凉山彝族自治州');
	});

	it('lists every document with its date in the source line when nothing is filtered', () => {
		const s = slideText(index, defaultState(), null);
		expect(s.subtitle).toBe('筛选：全部文献 · 全部年份');
		for (const d of index.documents) {
			const [y, m, day] = d.date.split('-').map(Number);
			expect(s.source).toContain(`《${d.title}》（${y}年${m}月${day}日`);
		}
		expect(s.attribution).toBe(ATTRIBUTION);
	});

	it('follows the document and year filters', () => {
		const one = index.documents[0];
		const s = slideText(index, { ...defaultState(), docs: [one.id] }, null);
		expect(s.subtitle.startsWith(`筛选：《${one.title}》`)).toBe(true);
		expect(s.source).toContain(one.title);
		for (const d of index.documents.slice(1)) expect(s.source).not.toContain(`《${d.title}》`);
		// 2015: only documents with a passage about 2015 (the 2017 speech recounts the 2015 symposia).
		const y = slideText(index, { ...defaultState(), year: 2015 }, null);
		expect(y.subtitle).toBe('筛选：全部文献 · 年份：2015年');
		const docs2015 = sourceDocuments(index, { docs: null, docKinds: null, year: 2015 });
		expect(docs2015.map((d) => d.id)).toContain('2017-06-23-taiyuan');
		expect(docs2015.length).toBeLessThan(index.documents.length);
		expect(slideText(index, { ...defaultState(), docs: [] }, null).source).toBe('来源：未选文献');
	});
});

describe('exportFileName', () => {
	it('names the file after the place id and the pixel size', () => {
		expect(exportFileName('liangshan', 1920, 1080)).toBe('speech-atlas-liangshan-1920x1080.png');
		expect(exportFileName('513431', 3840, 2160)).toBe('speech-atlas-513431-3840x2160.png');
		expect(exportFileName(null, 1920, 1080)).toBe('speech-atlas-china-1920x1080.png');
		expect(exportFileName('../a b', 1920, 1080)).toBe('speech-atlas-a-b-1920x1080.png');
	});
});
