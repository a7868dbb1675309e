import type { GeometryObject as AnyGeometryObject, Properties, Topology } from 'topojson-specification';

type GeometryObject = AnyGeometryObject<Properties>;

type ArcTree = number | ArcTree[];

function visit(tree: ArcTree, f: (i: number) => number): ArcTree {
	return Array.isArray(tree) ? tree.map((t) => visit(t, f)) : f(tree);
}

function arcsOf(g: GeometryObject): ArcTree | undefined {
	return 'arcs' in g ? (g.arcs as ArcTree) : undefined;
}

function eachGeometry(topology: Topology, f: (g: GeometryObject) => void): void {
	for (const object of Object.values(topology.objects)) {
		if (object.type === 'GeometryCollection') object.geometries.forEach(f);
		else f(object);
	}
}

/** Removes the arcs no object refers to (keeping the others in order) and renumbers references. */
export function pruneArcs<T extends Topology>(topology: T): T {
	const used = new Set<number>();
	eachGeometry(topology, (g) => {
		const tree = arcsOf(g);
		if (tree !== undefined) visit(tree, (i) => (used.add(i < 0 ? ~i : i), i));
	});
	const index = new Map<number, number>();
	const arcs = topology.arcs.filter((_, i) => {
		if (!used.has(i)) return false;
		index.set(i, index.size);
		return true;
	});
	eachGeometry(topology, (g) => {
		const tree = arcsOf(g);
		if (tree === undefined) return;
		(g as { arcs: ArcTree }).arcs = visit(tree, (i) =>
			i < 0 ? ~(index.get(~i) as number) : (index.get(i) as number)
		);
	});
	topology.arcs = arcs;
	return topology;
}
