/**
 * Overlay colours. Categorical sets from Paul Tol's colour-blind-safe schemes ("muted" and "bright"),
 * which stay apart for the common colour-vision deficiencies and on a washed-out projector when
 * drawn with a dark outline and a label, as every overlay here is.
 */
export const SANQU_COLOURS = ['#CC6677', '#DDAA33', '#117733', '#4477AA', '#AA3377', '#66CCEE'] as const;

export const AREA_COLOURS = [
	'#332288',
	'#88CCEE',
	'#44AA99',
	'#117733',
	'#999933',
	'#DDCC77',
	'#CC6677',
	'#882255',
	'#AA4499',
	'#4477AA',
	'#EE6677',
	'#228833',
	'#CCBB44',
	'#66CCEE'
] as const;

/** Exit years 2016–2020 (sequential, light = early, dark = late), and "not yet" for the slider. */
export const EXIT_YEAR_COLOURS: Record<number, string> = {
	2016: '#fde0c5',
	2017: '#facba6',
	2018: '#f59e72',
	2019: '#e4694f',
	2020: '#a3272e'
};
export const STILL_POOR = '#5b1a18';

export const UNEXITED_52 = '#a3272e';
export const NAMED = '#1f3a5f';
export const SYMPOSIUM = '#b3261e';
export const SELECTION = '#1a5fb4';
/** Villages (filled: located; white with this outline: approximate). */
export const VILLAGE = '#2e7d32';
/** Sequential ramp for the province choropleth (5 classes). */
export const CHOROPLETH = ['#f1eef6', '#bdc9e1', '#74a9cf', '#2b8cbe', '#045a8d'] as const;
