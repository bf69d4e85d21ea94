/**
 * The one schema the extraction command writes with and the dashboard reads with (zod), one file
 * per kind of file in the data folder: the contract's index and detail files
 * (docs/data-contract.md), the compact layout, the side files, and the corrections file. Import it
 * from here.
 */

export * from './schema/common';
export * from './schema/compact';
export * from './schema/contract';
export * from './schema/corrections';
export * from './schema/downloads';
export * from './schema/local-report';
export * from './schema/place-search';
export * from './schema/shards';
export * from './schema/side-files';
