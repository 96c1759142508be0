/** What the content script's start-up path reads: aliases and the one pattern, no claims (see bundled-runtime.ts). */
import compiled from './compiled/afpak-2025-26.gate.json';
import type { GatePack } from './runtime-types';
import { unpackGate, type CompactGate } from './gate-format';

// Shipped compact (lib/pack/gate-format.ts), unpacked once when the content script starts.
export const gatePack: GatePack = unpackGate(compiled as unknown as CompactGate);
