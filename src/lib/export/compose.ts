/**
 * Paints a slide: bands, map image, inset, legend and text, from a layout (see layout.ts), onto a
 * 2D canvas of the slide's device size.
 */
import { CJK_FONT_STACK } from '../map/fonts';
import type { PlacedLegendItem, Rect, SlideLayout, TextLine } from './types';

/** The map's font stack as a CSS font-family list. */
export const FONT_FAMILY = CJK_FONT_STACK.map((f) => (f.includes(' ') ? `"${f}"` : f)).join(', ');

export const font = (size: number, bold?: boolean) => `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;

/** A text measure for layout.ts, backed by a 2D context. */
export function canvasMeasure(ctx: CanvasRenderingContext2D) {
	return (text: string, size: number, bold?: boolean) => {
		ctx.font = font(size, bold);
		return ctx.measureText(text).width;
	};
}

function text(ctx: CanvasRenderingContext2D, l: TextLine) {
	ctx.font = font(l.size, l.bold);
	ctx.fillStyle = l.colour;
	ctx.textBaseline = 'top';
	ctx.fillText(l.text, l.x, l.y + l.size * 0.12);
}

function swatch(ctx: CanvasRenderingContext2D, p: PlacedLegendItem) {
	const { x, y, width: w, height: h } = p.swatch;
	const c = p.item.colour ?? '#888';
	ctx.save();
	ctx.setLineDash([]);
	switch (p.item.swatch) {
		case 'fill':
			ctx.fillStyle = c;
			ctx.fillRect(x, y, w, h);
			ctx.strokeStyle = 'rgba(0,0,0,0.35)';
			ctx.lineWidth = 1.5;
			ctx.strokeRect(x + 0.75, y + 0.75, w - 1.5, h - 1.5);
			break;
		case 'outline':
		case 'dashed':
			ctx.strokeStyle = c;
			if (p.item.hatched) {
				// The area's stripes, as on the map ("/" every 6 px).
				ctx.save();
				ctx.beginPath();
				ctx.rect(x, y, w, h);
				ctx.clip();
				ctx.lineWidth = 2;
				for (let d = -h; d < w + h; d += 6) {
					ctx.beginPath();
					ctx.moveTo(x + d, y + h);
					ctx.lineTo(x + d + h, y);
					ctx.stroke();
				}
				ctx.restore();
			}
			ctx.lineWidth = 3;
			if (p.item.swatch === 'dashed') ctx.setLineDash([6, 4]);
			ctx.strokeRect(x + 1.5, y + 1.5, w - 3, h - 3);
			break;
		case 'none':
			ctx.strokeStyle = '#8a8178';
			ctx.lineWidth = 1;
			ctx.setLineDash([2, 2]);
			ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
			break;
		case 'dot':
		case 'hollow-dot':
		case 'number': {
			const r = Math.min(w, h) / 2 + (p.item.swatch === 'number' ? 3 : 0);
			ctx.beginPath();
			ctx.arc(x + w / 2, y + h / 2, r - 1.5, 0, Math.PI * 2);
			ctx.fillStyle = p.item.swatch === 'hollow-dot' ? '#ffffff' : c;
			ctx.fill();
			ctx.lineWidth = p.item.swatch === 'number' ? 2 : 3;
			ctx.strokeStyle = p.item.swatch === 'number' ? '#ffffff' : c;
			ctx.stroke();
			if (p.item.swatch === 'number') {
				ctx.fillStyle = '#ffffff';
				ctx.font = font(Math.round(r * 1.1), true);
				ctx.textAlign = 'center';
				ctx.textBaseline = 'middle';
				ctx.fillText('1', x + w / 2, y + h / 2 + 1);
			}
			break;
		}
	}
	ctx.restore();
}

function band(ctx: CanvasRenderingContext2D, r: Rect, fill: string) {
	ctx.fillStyle = fill;
	ctx.fillRect(r.x, r.y, r.width, r.height);
}

/**
 * Draws the slide on `ctx` (already sized to the device pixels): `map` fills the layout's map box;
 * `inset` (the 南海诸岛 inset), if given, goes in the map box's lower right corner with its caption.
 */
export function paintSlide(
	ctx: CanvasRenderingContext2D,
	layout: SlideLayout,
	map: CanvasImageSource,
	inset?: { image: CanvasImageSource; box: Rect; caption: string }
) {
	const { scale } = layout.size;
	ctx.save();
	ctx.scale(scale, scale);
	band(ctx, { x: 0, y: 0, width: layout.size.width, height: layout.size.height }, '#ffffff');
	ctx.drawImage(map, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
	if (inset) {
		const b = inset.box;
		ctx.drawImage(inset.image, b.x, b.y, b.width, b.height);
		ctx.strokeStyle = '#4a3f35';
		ctx.lineWidth = 2;
		ctx.strokeRect(b.x, b.y, b.width, b.height);
		ctx.font = font(15);
		const w = ctx.measureText(inset.caption).width;
		ctx.fillStyle = 'rgba(251,249,244,0.9)';
		ctx.fillRect(b.x + b.width - w - 10, b.y + b.height - 24, w + 8, 22);
		ctx.fillStyle = '#3b3129';
		ctx.textBaseline = 'top';
		ctx.fillText(inset.caption, b.x + b.width - w - 6, b.y + b.height - 21);
	}
	// Bands over the map's edges.
	band(ctx, layout.header, '#ffffff');
	band(ctx, layout.footer, '#fbf9f4');
	ctx.fillStyle = '#b3261e';
	ctx.fillRect(0, layout.header.height - 4, layout.size.width, 4);
	ctx.fillStyle = '#d8d0c4';
	ctx.fillRect(0, layout.footer.y, layout.size.width, 1.5);
	if (layout.legend) {
		band(ctx, layout.legend, '#ffffff');
		ctx.fillStyle = '#d8d0c4';
		ctx.fillRect(layout.legend.x, layout.legend.y, 1.5, layout.legend.height);
	}
	for (const l of [...layout.title, ...layout.subtitle, ...layout.legendTitles, ...layout.footerLines])
		text(ctx, l);
	for (const p of layout.legendItems) {
		swatch(ctx, p);
		for (const l of p.lines) text(ctx, l);
	}
	ctx.restore();
}
