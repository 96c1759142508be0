import type { Side } from '@/lib/pack/schema';
import { describeFigure, entityName, sideOf, type PackIndex } from '@/lib/content/card-model';
import { describeRatio, formatRatio, groupCaveat, type Disagreement, type DivergenceStep, type SideFigure } from '@/lib/explorer/compare';
import { amountOf, chartRows } from '@/lib/explorer/chart';
import { formatDate, formatDateRange } from '@/lib/explorer/format';
import { ExplorerDisagreementChart } from './ExplorerDisagreementChart';
import { t } from '@/lib/i18n';

export interface ExplorerDivergenceProps {
  disagreements: Disagreement[];
  index: PackIndex;
  sideName: (side: Side) => string;
  onShowEvent: (eventId: string) => void;
}

function Position({ figure, index, sideName }: { figure: SideFigure; index: PackIndex; sideName: (side: Side) => string }) {
  const { headline, denial, others } = figure;
  return (
    <div class={`position side-${figure.side}`} data-side={figure.side}>
      <div class="position-side">{sideName(figure.side)}</div>
      {headline ? (
        <>
          <div class="figure" data-testid="position-figure">
            {describeFigure(headline)}
          </div>
          <div class="meta">{t('explorerSays', [entityName(index, headline.claimant), formatDate(headline.date)])}</div>
          {others.length > 0 && (
            <div class="meta">
              {t(
                'explorerAlsoFromSide',
                others.map((o) => t('claimantFigure', [entityName(index, o.claimant), describeFigure(o)])).join(t('listSemicolon')),
              )}
            </div>
          )}
        </>
      ) : denial ? (
        <>
          <div class="figure">{t('figureDenies')}</div>
          <div class="meta">
            {entityName(index, denial.claimant)}, {formatDate(denial.date)}
          </div>
        </>
      ) : (
        <div class="meta">{t('explorerNoFigureYet')}</div>
      )}
    </div>
  );
}

function cell(step: DivergenceStep, side: Side): string {
  const f = step.figures.find((x) => x.side === side);
  if (f?.headline) return amountOf(f.headline);
  return f?.denial ? t('figureDenies') : '—';
}

function Series({ d, index, sideName }: { d: Disagreement; index: PackIndex; sideName: (side: Side) => string }) {
  const sides = d.group.sides;
  return (
    <table class="series" data-testid="divergence-series">
      <caption>{t('explorerSeriesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('explorerColDate')}</th>
          <th scope="col">{t('explorerColClaimMade')}</th>
          {sides.map((s) => (
            <th scope="col" key={s} class={`side-${s}`}>
              {sideName(s)}
            </th>
          ))}
          <th scope="col">{t('explorerColGap')}</th>
        </tr>
      </thead>
      <tbody>
        {d.steps.map((step) => {
          const changed = sideOf(index, step.claim.claimant);
          return (
            <tr key={step.claim.id} data-claim-id={step.claim.id}>
              <td>
                <time dateTime={step.date}>{formatDate(step.date)}</time>
              </td>
              <td>
                {entityName(index, step.claim.claimant)}: {describeFigure(step.claim)}
                {step.replaced && <span class="replaced"> {t('explorerReplacesShort', describeFigure(step.replaced))}</span>}
              </td>
              {sides.map((s) => (
                <td key={s} class={`num${s === changed ? ' changed' : ''}`}>
                  {cell(step, s)}
                </td>
              ))}
              <td class="num">
                {step.ratios.length
                  ? step.ratios.map((r) => t('explorerRatioHigher', [formatRatio(r), sideName(r.higher)])).join(t('listSemicolon'))
                  : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** For each key disagreement: each side's figure now, the ratio between them, and how it moved as figures were revised. */
export function ExplorerDivergence({ disagreements, index, sideName, onShowEvent }: ExplorerDivergenceProps) {
  if (!disagreements.length) {
    return (
      <p class="empty" data-testid="no-results">
        {t('explorerNoDisagreement')}
      </p>
    );
  }
  return (
    <div class="divergence-list">
      <p class="explain">{t('explorerRatioExplain')}</p>
      {disagreements.map((d) => {
        const id = `div-${d.eventId}-${d.group.key.replace(/[^a-z0-9-]/g, '-')}`;
        const { latest } = d;
        const current = new Set(
          d.steps.length ? [...latest.figures.flatMap((f) => (f.headline ? [f.headline, ...f.others] : f.denial ? [f.denial] : []))] : [],
        );
        const denials = latest.figures.filter((f) => f.denial);
        return (
          <article
            class="divergence"
            key={id}
            data-testid="divergence"
            data-event-id={d.eventId}
            data-group={d.group.key}
            aria-labelledby={`${id}-title`}
          >
            <h3 id={`${id}-title`}>{d.group.label}</h3>
            <p class="event-meta">
              {d.eventTitle} · <time dateTime={d.eventDate}>{formatDateRange(d.eventDate, d.eventEndDate)}</time> ·{' '}
              <button type="button" class="linkish" onClick={() => onShowEvent(d.eventId)}>
                {t('explorerAllClaimsForEvent')}
              </button>
            </p>
            <div class="positions" style={{ gridTemplateColumns: `repeat(${latest.figures.length}, minmax(0, 1fr))` }}>
              {latest.figures.map((f) => (
                <Position key={f.side} figure={f} index={index} sideName={sideName} />
              ))}
            </div>
            <p class="ratio" data-testid="ratio">
              {latest.ratios.length
                ? latest.ratios.map((r) => t('sentence', describeRatio(r, sideName))).join(' ')
                : denials.length
                  ? denials.length > 1
                    ? t(
                        'explorerNoRatioDenyMany',
                        denials.map((f) => sideName(f.side)).reduce((a, b) => t('listAnd', [a, b])),
                      )
                    : t('explorerNoRatioDenyOne', sideName(denials[0]!.side))
                  : t('explorerNoRatioYet')}
            </p>
            {groupCaveat(d.group) && <p class="caveat">{groupCaveat(d.group)}</p>}
            <ExplorerDisagreementChart
              id={`${id}-chart`}
              title={t('explorerChartStandNow', d.group.label)}
              rows={chartRows(
                index,
                d.group.claims.filter((c) => current.has(c)),
                () => false,
              )}
              sideName={sideName}
            />
            {d.steps.length > 1 && <Series d={d} index={index} sideName={sideName} />}
          </article>
        );
      })}
    </div>
  );
}
