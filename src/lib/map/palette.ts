/** Base-map colours, chosen to stay legible on a washed-out projector (strong line contrast, light fills). */
export const BASE = {
	sea: '#cfdfeb',
	neighbour: '#e9e6df',
	neighbourLine: '#b9b2a6',
	land: '#fbf9f4',
	nationalLine: '#4a3f35',
	provinceLine: '#8c7f70',
	prefectureLine: '#b6ab9c',
	countyLine: '#d3cabd',
	boundaryLine: '#4a3f35',
	label: '#3b3129',
	labelHalo: '#fbf9f4',
	neighbourLabel: '#8f877b'
} as const;
