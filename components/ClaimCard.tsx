import type { CardClaim, CardModel } from '@/lib/content/card-model';
import { englishOnly, SLOT, t, tSplit, uiDir, uiLocale } from '@/lib/i18n';
import { FigureChart } from './FigureChart';
import { formatDate } from '@/lib/dates';
import { formatNumber } from '@/lib/numbers';

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
      {claim.matchesArticle && <div class="match-flag">{t('cardMatchFlag')}</div>}
      <p class="claim-text" dir="auto" {...englishOnly()}>
        {claim.text}
      </p>
      <div class="meta">
        <span class="claimant">
          <Name text={claim.claimant} />
        </span>{' '}
        · <time dateTime={claim.date}>{formatDate(claim.date)}</time>
        {claim.superseded && <span class="superseded-flag"> · {t('cardLaterRevised')}</span>}
      </div>
      <div class="sources">
        {claim.sources.slice(0, 2).map((s) => (
          <a href={s.url} target="_blank" rel="noopener noreferrer" key={s.url}>
            {s.published ? t('sourceWithDate', [s.outlet, formatDate(s.published)]) : s.outlet}
          </a>
        ))}
        {claim.sources.length > 2 && <span class="more"> {t('cardMoreSources', formatNumber(claim.sources.length - 2))}</span>}
      </div>
      <div class="confidence" title={t(`confidence_${claim.confidence}`)}>
        {t('cardConfidence')} <b>{claim.confidence}</b>
      </div>
    </li>
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
      {model.articleFigure && <ArticleFigure text={model.articleFigure.text} claimant={model.articleFigure.claimant} />}
      <p class="disclaimer">{t('cardDisclaimer')}</p>
      <div class="columns" style={{ gridTemplateColumns: `repeat(${model.columns.length}, minmax(0, 1fr))` }}>
        {model.columns.map((column) => (
          <div class={`column side-${column.side}`} key={column.side} role="group" aria-label={column.title}>
            <h3>{column.title}</h3>
            {column.claims.length ? (
              <>
                <ul>
                  {column.claims.slice(0, SHOWN_PER_COLUMN).map((c) => (
                    <ClaimEntry claim={c} key={c.id} />
                  ))}
                </ul>
                {column.claims.length > SHOWN_PER_COLUMN && (
                  <details class="more-claims">
                    <summary>{t('cardMoreFromSide', formatNumber(column.claims.length - SHOWN_PER_COLUMN))}</summary>
                    <ul>
                      {column.claims.slice(SHOWN_PER_COLUMN).map((c) => (
                        <ClaimEntry claim={c} key={c.id} />
                      ))}
                    </ul>
                  </details>
                )}
              </>
            ) : (
              <p class="none">{t('cardNoFigure')}</p>
            )}
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
      <footer>
        <p class="why">
          {t('cardWhy')} {model.why}
        </p>
        <div class="actions">
          {onSaveNote && (
            <button type="button" class="save-note" onClick={onSaveNote}>
              {t('cardSaveNote')}
            </button>
          )}
          {onOpenExplorer && (
            <button type="button" class="explorer" onClick={() => onOpenExplorer(event.id)}>
              {t('cardSeeAllClaims')}
            </button>
          )}
        </div>
      </footer>
    </section>
  );
}
