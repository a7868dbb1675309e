import type { Topology } from 'topojson-specification';
import chinaUrl from '../../../geodata/china.topo.json?url';
import worldUrl from '../../../geodata/world.topo.json?url';
import countiesUrl from '../../../geodata/counties.topo.json?url';

export const GEODATA_URLS = { china: chinaUrl, world: worldUrl, counties: countiesUrl } as const;

/** Fetches one of our own TopoJSON files; rejects with a message a reader can act on. */
export async function fetchTopology(url: string, signal?: AbortSignal): Promise<Topology> {
	let res: Response;
	try {
		res = await fetch(url, { signal });
	} catch (e) {
		if ((e as Error).name === 'AbortError') throw e;
		throw new Error(`无法加载地图数据（${url}）：网络错误`, { cause: e });
	}
	if (!res.ok) throw new Error(`无法加载地图数据（${url}）：HTTP ${res.status}`);
	const topology = (await res.json()) as Topology;
	if (topology?.type !== 'Topology') throw new Error(`地图数据格式错误（${url}）`);
	return topology;
}
