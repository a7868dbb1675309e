import type { RequestHandler } from './$types';
import type { Topology } from 'topojson-specification';
import { southChinaSeaSvg } from '$lib/map/inset-svg';
import china from '../../../../geodata/china.topo.json';
import world from '../../../../geodata/world.topo.json';

export const prerender = true;

/** The 南海诸岛 inset the map pages show over the WebGL map (drawn at build time). */
export const GET: RequestHandler = () =>
	new Response(southChinaSeaSvg(china as unknown as Topology, world as unknown as Topology), {
		headers: { 'content-type': 'image/svg+xml' }
	});
