/** What the content script's start-up path reads: aliases and the one pattern, no claims (see bundled-runtime.ts). */
import compiled from './compiled/afpak-2025-26.gate.json';
import type { GatePack } from './runtime-types';

export const gatePack = compiled as unknown as GatePack;
