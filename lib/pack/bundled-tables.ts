/** The bundled pack's claims and indexes for stage two (annotate.js); the rest comes from the gate's pack. */
import compiled from './compiled/afpak-2025-26.tables.json';
import type { RuntimeTables } from './runtime-types';

export const runtimeTables = compiled as unknown as RuntimeTables;
