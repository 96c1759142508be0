/**
 * A claim as a citation a writer can paste: who said it, when, where it was reported and the address.
 * The text is ClaimLens's own attributed summary ("X says …"), never presented as the claimant's words.
 */
import type { Claim } from '../pack/schema';
import { entityName, type PackIndex } from '../content/card-model';
import { formatDate } from './format';

export interface Citation {
  text: string;
  markdown: string;
}

function datasetNote(index: PackIndex, claim: Claim): string {
  const { meta } = index.pack;
  return `ClaimLens dataset ${meta.id} v${meta.version}, claim ${claim.id}`;
}

function reported(outlet: string, published: string | undefined): string {
  return published ? `${outlet}, ${formatDate(published, 'long')}` : outlet;
}

/** Markdown that cannot turn a dataset string into markup: every punctuation character Markdown reads is escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}\[\]()#+!|<>~]/g, '\\$&').replace(/^(\s*)([-=]|\d+\.)(\s)/, '$1\\$2$3');
}

/** Parentheses and spaces would end a Markdown link early. */
export function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function citeClaim(index: PackIndex, claim: Claim): Citation {
  const claimant = entityName(index, claim.claimant);
  const date = formatDate(claim.date, 'long');
  const [first, ...rest] = claim.sources;
  const lines: string[] = [];
  const md: string[] = [];
  lines.push(`${claimant}, ${date}. ${claim.text}`);
  md.push(`**${escapeMarkdown(claimant)}**, ${date}. ${escapeMarkdown(claim.text)}`);
  if (first) {
    lines.push(`Reported by ${reported(first.outlet, first.published)}: ${first.url}`);
    md.push(
      `Reported by [${escapeMarkdown(first.outlet)}](${markdownUrl(first.url)})${first.published ? `, ${formatDate(first.published, 'long')}` : ''}.`,
    );
  }
  if (rest.length) {
    lines.push(`Also reported by: ${rest.map((s) => `${reported(s.outlet, s.published)}: ${s.url}`).join('; ')}`);
    md.push(`Also reported by ${rest.map((s) => `[${escapeMarkdown(s.outlet)}](${markdownUrl(s.url)})`).join(', ')}.`);
  }
  lines.push(`(${datasetNote(index, claim)}. A claim by the party named, not independently verified.)`);
  md.push(`(${escapeMarkdown(datasetNote(index, claim))}. A claim by the party named, not independently verified.)`);
  return { text: lines.join('\n'), markdown: md.join(' ') };
}
