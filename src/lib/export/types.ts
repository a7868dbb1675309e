/** Types of the slide export (a PNG of the map with title, legend, source and attribution). Pure. */
import type { LegendGroup } from '../explore/legend';

/** The slide's size in CSS pixels; `scale` multiplies it into device pixels (1 → 1920×1080, 2 → 3840×2160). */
export interface SlideSize {
	width: number;
	height: number;
	scale: number;
}

/** The words drawn on the slide. */
export interface SlideText {
	/** The selected place's name, or the app's title. */
	title: string;
	/** What the filters let through: documents · year. */
	subtitle: string;
	/** Which documents the map draws from, with their dates. */
	source: string;
	/** The map's attribution (geometry source). */
	attribution: string;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A line of text to draw: its baseline position, font size and weight. */
export interface TextLine {
	text: string;
	x: number;
	/** Top of the line box (text is drawn with textBaseline = 'top'). */
	y: number;
	size: number;
	bold?: boolean;
	colour: string;
}

/** One legend entry placed on the slide: its swatch box and its text lines. */
export interface PlacedLegendItem {
	item: LegendGroup['items'][number];
	swatch: Rect;
	lines: TextLine[];
}

/** Where everything goes, in CSS pixels of the slide. */
export interface SlideLayout {
	size: SlideSize;
	title: TextLine[];
	subtitle: TextLine[];
	/** The title band (background). */
	header: Rect;
	/** Where the map image goes. */
	map: Rect;
	/** The legend panel (absent when no layer is shown). */
	legend?: Rect;
	legendTitles: TextLine[];
	legendItems: PlacedLegendItem[];
	/** The footer band (background) and its lines: source, then attribution. */
	footer: Rect;
	footerLines: TextLine[];
}

/** Measures a string at a font size (bold or not), in CSS pixels. */
export type FontMeasure = (text: string, size: number, bold?: boolean) => number;
