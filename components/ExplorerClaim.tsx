import type { TimelineClaim } from '@/lib/explorer/filters';
import type { Citation } from '@/lib/explorer/citation';
import type { ClaimNote } from '@/lib/explorer/notes-source';
import { confidenceWhy, confidenceWord, formatDate } from '@/lib/explorer/format';
import { subjectWords } from '@/lib/explorer/compare';
import { ExplorerCiteButton } from './ExplorerCiteButton';
import { ExplorerNotes } from './ExplorerNotes';
import { englishOnly, SLOT, t, tSplit } from '@/lib/i18n';

function Revision({ date, claimantName, figure }: { date: string; claimantName: string; figure: string }) {
  const [before, after] = tSplit('explorerRevisedTo', [formatDate(date), claimantName, SLOT]);
  return (
    <p class="revision">
      {before}
      <b>{figure}</b>
      {after}
    </p>
  );
}

/** One claim in its side's column: the same fields, sizes and wording for every side. */
export function ExplorerClaim({ item, notes, cite }: { item: TimelineClaim; notes: ClaimNote[]; cite: () => Citation }) {
  const { claim } = item;
  return (
    <li
      class={`claim${item.revisedTo ? ' superseded' : ''}`}
      data-testid="claim"
      data-claim-id={claim.id}
      data-claimant={claim.claimant}
      data-side={item.side}
      data-kind={item.kind}
    >
      <div class="figure">
        <span class="amount">{item.figure}</span>
        {claim.kind !== 'statement' && <span class="subject"> · {subjectWords(claim.subject)}</span>}
      </div>
      {item.counts && <p class="counts">{item.counts}</p>}
      <p class="claim-text" dir="auto" {...englishOnly()}>
        {claim.text}
      </p>
      <p class="meta">
        <span class="label">{item.label}</span> · <span class="claimant">{item.claimantName}</span> ·{' '}
        <time dateTime={claim.date}>{formatDate(claim.date)}</time> ·{' '}
        <span class="confidence" title={confidenceWhy(claim.confidence)}>
          {t('cardConfidence')} <b>{confidenceWord(claim.confidence)}</b>
        </span>
      </p>
      {item.revisedTo && <Revision date={item.revisedTo.date} claimantName={item.revisedTo.claimantName} figure={item.revisedTo.figure} />}
      {item.revises && (
        <p class="revision">{t('explorerReplaces', [item.revises.claimantName, item.revises.figure, formatDate(item.revises.date)])}</p>
      )}
      {claim.note && (
        <p class="dataset-note" dir="auto">
          {t('explorerDatasetNote', claim.note)}
        </p>
      )}
      <ul class="sources" aria-label={t('explorerReportedBy')}>
        {claim.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.outlet}
            </a>
            {s.published && (
              <>
                , <time dateTime={s.published}>{formatDate(s.published)}</time>
              </>
            )}
          </li>
        ))}
      </ul>
      <ExplorerCiteButton claimId={claim.id} cite={cite} label={t('citeAria', [item.claimantName, item.figure, formatDate(claim.date)])} />
      <ExplorerNotes notes={notes} claimId={claim.id} />
    </li>
  );
}
