import type { BuildOptions } from './types';

/** Simplification and quantization of each output file (see geodata/README.md). */
export const OPTIONS: BuildOptions = {
	china: { minAreaKm2: 20, quantization: 50_000 },
	counties: { minAreaKm2: 0.1, quantization: 100_000 },
	// Detail where the views of China show neighbours closely; coarser, without islets, elsewhere.
	world: {
		minAreaKm2: 100,
		quantization: 20_000,
		outside: { box: [60, -2, 150, 58], minAreaKm2: 2000, minIslandKm2: 1000 }
	},
	/** /data/overview.topo.json (prerendered): the national file's detail, on a coarser grid (~500 m). */
	overview: { minAreaKm2: 20, quantization: 10_000 }
};
