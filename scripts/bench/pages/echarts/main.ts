// What a teacher would otherwise reach for: Apache ECharts (the full `echarts` build, as from
// echarts.min.js) drawing the same provinces with `registerMap` and a map series, default options.
import * as echarts from 'echarts';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import chinaUrl from '../../../../geodata/china.topo.json?url';
import { applySize, markRendered } from '../size';

const el = document.getElementById('map') as HTMLDivElement;
applySize(el);
const chart = echarts.init(el);

async function draw(): Promise<void> {
	const topo = (await (await fetch(chinaUrl)).json()) as Topology;
	const provinces = feature(topo, topo.objects.provinces as GeometryCollection) as FeatureCollection;
	// registerMap takes GeoJSON; `name` is the join key of the series data.
	echarts.registerMap('china', provinces as Parameters<typeof echarts.registerMap>[1]);
	chart.on('finished', () => markRendered({ features: provinces.features.length }));
	chart.setOption({
		series: [
			{
				type: 'map',
				map: 'china',
				roam: true,
				itemStyle: { areaColor: '#f3eee2', borderColor: '#8a7f73' },
				data: provinces.features.map((f) => ({ name: String(f.properties?.name ?? ''), value: 0 }))
			}
		]
	});
}

void draw();
