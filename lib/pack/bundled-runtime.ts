/**
 * The runtime tables of the bundled pack, compiled at build time by `npm run data -- compile`.
 * Stage two (badges, card) imports the full tables; stage one imports only lib/pack/bundled-gate.ts.
 */
import compiled from './compiled/afpak-2025-26.json';
import type { RuntimePack } from './runtime-types';

export const runtimePack = compiled as unknown as RuntimePack;
