/**
 * What the options page says about the shipped dataset: version, dates, counts and every source.
 * Pure: it takes the pack JSON, so it runs in Node tests and at build time alike.
 */
export interface DatasetSource {
  outlet: string;
  url: string;
  published?: string;
}

export interface DatasetInfo {
  id: string;
  title: string;
  version: string;
  /** When this version of the pack was published (meta.released). */
  updated: string;
  /** First and last event date in the pack. */
  coverage?: { start: string; end: string };
  window: { start: string; end?: string };
  licence: string;
  counts: { entities: number; events: number; claims: number; sources: number };
  /** Every source cited anywhere in the pack, once per URL, sorted by outlet then date. */
  sources: DatasetSource[];
}

/** The parts of the pack schema this page reads; everything else is ignored. */
interface PackLike {
  meta: {
    id: string;
    title: string;
    version: string;
    released: string;
    coverage?: { start: string; end: string };
    window: { start: string; end?: string };
    licence?: string;
  };
  entities?: unknown[];
  events?: unknown[];
  claims?: unknown[];
}

export function isPackLike(value: unknown): value is PackLike {
  const meta = (value as PackLike | null)?.meta;
  return Boolean(meta && typeof meta.id === 'string' && typeof meta.version === 'string' && typeof meta.released === 'string');
}

/** Only web links are shown as links: a javascript: or data: URL in the data must never become clickable. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Sources sit in claims, events and context notes; walk the whole pack rather than depend on where. */
function collectSources(node: unknown, into: Map<string, DatasetSource>, depth = 0): void {
  if (depth > 12 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectSources(item, into, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  if (Array.isArray(record.sources)) {
    for (const s of record.sources as Partial<DatasetSource>[]) {
      if (typeof s?.outlet === 'string' && typeof s.url === 'string' && isWebUrl(s.url) && !into.has(s.url)) {
        into.set(s.url, { outlet: s.outlet, url: s.url, ...(typeof s.published === 'string' ? { published: s.published } : {}) });
      }
    }
  }
  for (const [key, value] of Object.entries(record)) if (key !== 'sources' && key !== 'meta') collectSources(value, into, depth + 1);
}

export function summarizePack(pack: PackLike): DatasetInfo {
  const found = new Map<string, DatasetSource>();
  collectSources(pack, found);
  const sources = [...found.values()].sort(
    (a, b) => a.outlet.localeCompare(b.outlet, 'en') || (a.published ?? '').localeCompare(b.published ?? '') || a.url.localeCompare(b.url),
  );
  return {
    id: pack.meta.id,
    title: pack.meta.title,
    version: pack.meta.version,
    updated: pack.meta.released,
    ...(pack.meta.coverage ? { coverage: pack.meta.coverage } : {}),
    window: pack.meta.window,
    licence: pack.meta.licence ?? '',
    counts: {
      entities: pack.entities?.length ?? 0,
      events: pack.events?.length ?? 0,
      claims: pack.claims?.length ?? 0,
      sources: sources.length,
    },
    sources,
  };
}
