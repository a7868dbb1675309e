import type { BuildOptions } from './types';

/** Simplification and quantization of each output file (see geodata/README.md). */
export const OPTIONS: BuildOptions = {
	china: { minAreaKm2: 5, quantization: 50_000 },
	counties: { minAreaKm2: 0.1, quantization: 100_000 },
	world: { minAreaKm2: 100, quantization: 50_000 },
	/** /data/overview.topo.json (prerendered): the national file's detail, on a coarser grid (~500 m). */
	overview: { minAreaKm2: 5, quantization: 10_000 }
};
