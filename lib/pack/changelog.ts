/**
 * Writes a version's errata from the pack's own verification records, so the changelog cannot drift from the
 * data: every claim added, every correction (old → new, and why), every claim left unverified, and the
 * claims dropped by the verification files.
 */
import type { Claim, Pack } from './schema';

export interface DroppedClaim {
  claimId: string;
  reason: string;
}

const show = (value: unknown): string => {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

const figureOf = (c: Claim): string => {
  if (!c.figure) return c.kind ?? 'statement';
  const f = c.figure;
  const n = f.qualifier === 'range' ? `${f.min}–${f.max}` : `${f.qualifier === 'exact' ? '' : `${f.qualifier} `}${f.value}`;
  return `${n} ${f.unit}`;
};

export function changelogOf(pack: Pack, dropped: readonly DroppedClaim[] = []): string {
  const sideOf = new Map(pack.entities.map((e) => [e.id, e.side]));
  const side = (c: Claim): string => {
    let e = pack.entities.find((x) => x.id === c.claimant);
    const seen = new Set<string>();
    while (e && !e.side && e.speaksFor && !seen.has(e.id)) {
      seen.add(e.id);
      e = pack.entities.find((x) => x.id === e!.speaksFor);
    }
    return e?.side ?? sideOf.get(c.claimant) ?? 'none';
  };
  const by = (status: string) => pack.claims.filter((c) => c.verification.status === status);
  const lines: string[] = [];
  const counts = { confirmed: 0, corrected: 0, added: 0, unverified: 0 } as Record<string, number>;
  for (const c of pack.claims) counts[c.verification.status] = (counts[c.verification.status] ?? 0) + 1;
  const kinds: Record<string, number> = {};
  for (const c of pack.claims) for (const ch of c.verification.changes) kinds[ch.field] = (kinds[ch.field] ?? 0) + 1;

  lines.push(`## ${pack.meta.version} (released ${pack.meta.released}; data ${pack.meta.coverage.start} to ${pack.meta.coverage.end})`, '');
  lines.push(
    `Every claim was checked again against its sources. Confirmed ${counts.confirmed}, corrected ${counts.corrected}, ` +
      `added ${counts.added}, dropped ${dropped.length}, left unverified ${counts.unverified}.`,
    '',
    `Changes by field: ${Object.entries(kinds)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}.`,
    '',
  );

  lines.push('### Added', '');
  for (const c of by('added')) lines.push(`- \`${c.id}\` (${side(c)}): ${c.text}${c.note ? ` ${c.note}` : ''}`);
  lines.push('');

  lines.push('### Corrected', '');
  for (const c of by('corrected')) {
    lines.push(`- \`${c.id}\` (${side(c)}; now ${figureOf(c)})`);
    for (const ch of c.verification.changes) lines.push(`  - ${ch.field}: ${show(ch.from)} → ${show(ch.to)}. ${ch.why}`);
  }
  lines.push('');

  const regraded = by('confirmed').filter((c) => c.verification.changes.length);
  if (regraded.length) {
    lines.push('### Confirmed, with a new grade or source', '');
    for (const c of regraded)
      for (const ch of c.verification.changes) lines.push(`- \`${c.id}\`: ${ch.field} ${show(ch.from)} → ${show(ch.to)}. ${ch.why}`);
    lines.push('');
  }

  lines.push('### Dropped', '');
  if (!dropped.length) lines.push('- None.');
  for (const d of dropped) lines.push(`- \`${d.claimId}\`: ${d.reason}`);
  lines.push('');

  lines.push('### Not verified in this release', '');
  for (const c of by('unverified'))
    lines.push(`- \`${c.id}\` (${side(c)}, confidence ${c.confidence})${c.verification.note ? `: ${c.verification.note}` : ''}`);
  lines.push('');
  return lines.join('\n');
}
