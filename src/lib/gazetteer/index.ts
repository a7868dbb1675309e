/** Public API of the gazetteer (pure: safe in the browser). Node-only helpers: geodata-codes.ts, build-data.ts. */
export { loadGazetteer, loadSources, loadPovertyCounties, loadTables, PLACE_FILES } from './load';
export { validateGazetteer, surfaceIndex, PLACE_KINDS, GROUP_KINDS } from './validate';
export { indexGazetteer, type GazetteerIndex } from './lookup';
export { membershipStatus, type MembershipStatus } from './membership';
export { countByExitYear } from './poverty';
export { CODE_EXCEPTIONS, layerCode } from './code-exceptions';
export type * from './types';
