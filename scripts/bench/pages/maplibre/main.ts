// The floor for this stack: MapLibre GL drawing the provinces of our china.topo.json (fill and
// shared borders), no labels, no glyphs, no app around it. The map and the data fetch start together.
import { Map, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import chinaUrl from '../../../../geodata/china.topo.json?url';
import { MAINLAND_BOUNDS } from '../../../../src/lib/map/view';
import { applySize, markRendered } from '../size';

const data = fetch(chinaUrl)
	.then((r) => r.json() as Promise<Topology>)
	.then((topo) => {
		const provinces = topo.objects.provinces as GeometryCollection;
		return {
			fill: feature(topo, provinces),
			lines: mesh(topo, provinces, (a, b) => a !== b),
			outline: mesh(topo, provinces, (a, b) => a === b)
		};
	});

setWorkerUrl(workerUrl);
const el = document.getElementById('map') as HTMLDivElement;
applySize(el);
const style: StyleSpecification = {
	version: 8,
	sources: {},
	layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#cfdfeb' } }]
};
const map = new Map({ container: el, style, bounds: MAINLAND_BOUNDS, fitBoundsOptions: { padding: 24 } });
(el as HTMLDivElement & { __map?: Map }).__map = map;

map.once('load', async () => {
	const d = await data;
	map.addSource('provinces', { type: 'geojson', data: d.fill });
	map.addSource('province-lines', {
		type: 'geojson',
		data: { type: 'Feature', properties: {}, geometry: d.lines }
	});
	map.addSource('outline', {
		type: 'geojson',
		data: { type: 'Feature', properties: {}, geometry: d.outline }
	});
	map.addLayer({
		id: 'province-fill',
		type: 'fill',
		source: 'provinces',
		paint: { 'fill-color': '#f3eee2' }
	});
	map.addLayer({
		id: 'province-line',
		type: 'line',
		source: 'province-lines',
		paint: { 'line-color': '#8a7f73', 'line-width': 0.8 }
	});
	map.addLayer({
		id: 'outline',
		type: 'line',
		source: 'outline',
		paint: { 'line-color': '#4a3f35', 'line-width': 1.2 }
	});
	const onIdle = () => {
		if (map.loaded()) markRendered({ features: d.fill.features.length });
		else map.once('idle', onIdle);
	};
	map.once('idle', onIdle);
});
