import { useState } from 'preact/hooks';
import type { CardClaim, CardColumn, CardModel, MisattributionFlag } from '@/lib/content/card-model';
import { englishOnly, SLOT, t, tSplit, uiDir, uiLocale } from '@/lib/i18n';
import { FigureChart } from './FigureChart';
import { formatDate } from '@/lib/dates';
import { formatNumber } from '@/lib/numbers';
import { formatTable, type ClaimTable, type TableFormat } from '@/lib/claim-table';
import { confidenceWhy, confidenceWord } from '@/lib/confidence';

export interface ClaimCardProps {
  model: CardModel;
  onSaveNote?: () => void;
  onOpenExplorer?: (eventId: string) => void;
  onClose?: () => void;
}

/** A name the pack has only in Latin script, isolated and marked English inside a translated card. */
function Name({ text }: { text: string }) {
  return <bdi lang={/[A-Za-z]/.test(text) ? 'en' : undefined}>{text}</bdi>;
}

/** The same for every column, so no side gets more room up front. */
const SHOWN_PER_COLUMN = 2;

function ClaimEntry({ claim }: { claim: CardClaim }) {
  return (
    <li class={`claim${claim.matchesArticle ? ' matches' : ''}${claim.superseded ? ' superseded' : ''}`} data-claim-id={claim.id}>
      <div class="figure">{claim.figure}</div>
      <div class="counts">{claim.counts}</div>
      {claim.matchesArticle && <div class="match-flag">{t('cardMatchFlag')}</div>}
      <p class="claim-text" dir="auto" {...englishOnly()}>
        {claim.text}
      </p>
      {claim.note && (
        <p class="claim-note" dir="auto">
          {tSplit('claimNote', [SLOT]).map((piece, i) =>
            i === 0
              ? [
                  piece,
                  <span key="n" {...englishOnly()}>
                    {claim.note}
                  </span>,
                ]
              : piece,
          )}
        </p>
      )}
      <div class="meta">
        <span class="label">
          <Name text={claim.label} />
        </span>{' '}
        ·{' '}
        <span class="claimant">
          <Name text={claim.claimant} />
        </span>{' '}
        · <time dateTime={claim.date}>{formatDate(claim.date)}</time>
        {claim.timing && <span class={`timing timing-${claim.timing.timing}`}> · {claim.timing.text}</span>}
        {claim.superseded && <span class="superseded-flag"> · {t('cardLaterRevised')}</span>}
      </div>
      {claim.history && <div class="history">{claim.history}</div>}
      <div class="sources">
        {claim.sources.slice(0, 2).map((s) => (
          <a href={s.url} target="_blank" rel="noopener noreferrer" key={s.url}>
            {s.published ? t('sourceWithDate', [s.outlet, formatDate(s.published)]) : s.outlet}
          </a>
        ))}
        {claim.sources.length > 2 && <span class="more"> {t('cardMoreSources', formatNumber(claim.sources.length - 2))}</span>}
      </div>
      <div class="confidence" title={confidenceWhy(claim.confidence)}>
        {t('cardConfidence')} <b>{confidenceWord(claim.confidence)}</b>
      </div>
    </li>
  );
}

function Misattribution({ flag }: { flag: MisattributionFlag }) {
  return (
    <div class="misattribution" role="note">
      <p class="misattribution-record">
        <b>{t('misattributedFlag', [flag.value, flag.owner, formatDate(flag.ownerDate)])}</b>{' '}
        {flag.speakerCount
          ? t('misattributedOwnCount', [flag.speaker, flag.speakerCount])
          : t('misattributedNoCount', [flag.speaker, flag.what])}
      </p>
      <p class="misattribution-article">
        {tSplit('misattributedArticle', [SLOT, flag.speaker]).map((piece, i) =>
          i === 0 ? [piece, <bdi key="t">{flag.text}</bdi>] : piece,
        )}
      </p>
    </div>
  );
}

/** Copy as Markdown, or download CSV / JSON. Only a real click acts: a page can't make us write to the clipboard. */
export function TableExport({ table }: { table: ClaimTable }) {
  const [copied, setCopied] = useState(false);
  const act = (format: TableFormat) => (e: MouseEvent) => {
    if (!e.isTrusted) return;
    const out = formatTable(table, format);
    if (format === 'markdown') {
      void navigator.clipboard?.writeText(out.text).then(
        () => setCopied(true),
        () => setCopied(false),
      );
      return;
    }
    const url = URL.createObjectURL(new Blob([out.text], { type: `${out.mime};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = out.filename;
    (e.currentTarget as HTMLElement).after(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <div class="export" role="group" aria-label={t('exportTitle')}>
      <button type="button" class="export-markdown" onClick={act('markdown')}>
        {copied ? t('exportCopied') : t('exportCopyMarkdown')}
      </button>
      <button type="button" class="export-csv" onClick={act('csv')}>
        {t('exportDownloadCsv')}
      </button>
      <button type="button" class="export-json" onClick={act('json')}>
        {t('exportDownloadJson')}
      </button>
    </div>
  );
}

function ColumnClaims({ column }: { column: CardColumn }) {
  const more = column.claims.slice(SHOWN_PER_COLUMN);
  return (
    <>
      {column.claims.length ? (
        <ul>
          {column.claims.slice(0, SHOWN_PER_COLUMN).map((c) => (
            <ClaimEntry claim={c} key={c.id} />
          ))}
        </ul>
      ) : (
        <p class="none">{column.missing ?? t('cardNoFigure')}</p>
      )}
      {more.length > 0 && (
        <details class="more-claims">
          <summary>{t('cardMoreFromSide', formatNumber(more.length))}</summary>
          <ul>
            {more.map((c) => (
              <ClaimEntry claim={c} key={c.id} />
            ))}
          </ul>
        </details>
      )}
      {column.other.length > 0 && (
        <details class="other-claims">
          <summary>{t('optionWithCount', [t('cardOtherSubjects'), formatNumber(column.other.length)])}</summary>
          <ul>
            {column.other.map((c) => (
              <ClaimEntry claim={c} key={c.id} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function ArticleFigure({ text, claimant }: { text: string; claimant: string }) {
  const [before, after] = tSplit('cardArticleFigure', [SLOT, claimant]);
  return (
    <p class="article-figure">
      {before}
      <bdi>{text}</bdi>
      {after}
    </p>
  );
}

export function ClaimCard({ model, onSaveNote, onOpenExplorer, onClose }: ClaimCardProps) {
  const { event } = model;
  const titleId = 'claimlens-card-title';
  return (
    // The card speaks the interface language, whatever the page's: its own direction, and page text quoted in it isolated.
    <section class="card" role="dialog" aria-modal="false" aria-labelledby={titleId} dir={uiDir()} lang={uiLocale()}>
      <header>
        {/* The grab handle of the bottom sheet (phones): swipe the header down to close. */}
        <div class="sheet-handle" aria-hidden="true" />
        <h2 id={titleId} {...englishOnly()}>
          {event.title}
        </h2>
        <p class="event-meta">
          <time dateTime={event.date}>{formatDate(event.date)}</time>
          {event.endDate && event.endDate !== event.date && <> – {formatDate(event.endDate)}</>}
          {event.places.length > 0 && (
            <>
              {' · '}
              {event.places.map((place, i) => (
                <>
                  {i > 0 && t('listComma')}
                  <Name text={place} />
                </>
              ))}
            </>
          )}
        </p>
        {onClose && (
          <button class="close" type="button" aria-label={t('close')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {model.misattribution && <Misattribution flag={model.misattribution} />}
      {model.articleFigure && <ArticleFigure text={model.articleFigure.text} claimant={model.articleFigure.claimant} />}
      {model.freshness.articleNewer && model.freshness.published && (
        <p class="newer-than-data">
          {t('cardNewerThanData', [formatDate(model.freshness.published), formatDate(model.freshness.through)])}
        </p>
      )}
      <p class="disclaimer">{t('cardDisclaimer')}</p>
      <div class="columns" style={{ gridTemplateColumns: `repeat(${model.columns.length}, minmax(0, 1fr))` }}>
        {model.columns.map((column) => (
          <div class={`column side-${column.side}`} key={column.side} role="group" aria-label={column.title}>
            <h3>{column.title}</h3>
            <ColumnClaims column={column} />
          </div>
        ))}
      </div>
      <FigureChart columns={model.columns} />
      <details class="context">
        <summary>{t('cardContext')}</summary>
        {model.crossings.length > 0 && (
          <ul class="crossings">
            {model.crossings.map((c) => (
              <li key={c.name}>
                <b>
                  <Name text={c.name} />
                </b>
                : {t('cardCrossingStatus', [t(`crossing_${c.status}`), formatDate(c.since)])}
                {c.note && (
                  <>
                    {' '}
                    <span {...englishOnly()}>{t('inParentheses', c.note)}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {model.context.map((note) => (
          <div class="context-note" key={note.title}>
            <h4 {...englishOnly()}>{note.title}</h4>
            <p {...englishOnly()}>{note.text}</p>
          </div>
        ))}
      </details>
      {/* Only the reader acts: a page's synthetic click (isTrusted false) saves and opens nothing. */}
      <footer>
        <p class="data-through">{t('dataThrough', formatDate(model.freshness.through))}</p>
        <p class="why">
          {t('cardWhy')} {model.why}
        </p>
        {model.table && <TableExport table={model.table} />}
        <div class="actions">
          {onSaveNote && (
            <button type="button" class="save-note" onClick={(e) => e.isTrusted && onSaveNote()}>
              {t('cardSaveNote')}
            </button>
          )}
          {onOpenExplorer && (
            <button type="button" class="explorer" onClick={(e) => e.isTrusted && onOpenExplorer(event.id)}>
              {t('cardSeeAllClaims')}
            </button>
          )}
        </div>
      </footer>
    </section>
  );
}
