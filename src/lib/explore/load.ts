import type { PassageIndex } from '../corpus/types';
import type { Topology } from 'topojson-specification';
import type { Atlas } from './types';

export interface ExploreData {
	atlas: Atlas;
	index: PassageIndex;
	/** The shapes the first view draws, before the county file (/data/overview.topo.json). */
	overview: Topology;
}

async function getJson<T>(url: string, fetcher: typeof fetch): Promise<T> {
	let res: Response;
	try {
		res = await fetcher(url);
	} catch (e) {
		throw new Error(`${url}: network error`, { cause: e });
	}
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	return (await res.json()) as T;
}

/** The data files the explore screen needs, from our own /data (under the site's base path). */
export async function loadExploreData(base: string, fetcher: typeof fetch = fetch): Promise<ExploreData> {
	const [atlas, index, overview] = await Promise.all([
		getJson<Atlas>(`${base}/data/atlas.json`, fetcher),
		getJson<PassageIndex>(`${base}/data/index.json`, fetcher),
		getJson<Topology>(`${base}/data/overview.topo.json`, fetcher)
	]);
	if (atlas?.schema !== 1 || !Array.isArray(atlas.places)) throw new Error('atlas.json: unexpected format');
	if (index?.schema !== 1 || !Array.isArray(index.passages)) throw new Error('index.json: unexpected format');
	if (overview?.type !== 'Topology' || !overview.objects?.regions)
		throw new Error('overview.topo.json: unexpected format');
	return { atlas, index, overview };
}
