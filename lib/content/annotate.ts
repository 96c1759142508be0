/**
 * Stage two, injected only into frames that stage one found relevant: marks and badges, the claims card,
 * live updates and settings changes. Everything heavy (Preact, floating-ui, the full pack with its texts and
 * sources) lives here, so an unrelated page never parses it.
 */
import packJson from '@/data/afpak-2025-26.json';
import type { Pack, Side } from '../pack/schema';
import type { FigureMatch, Mention, ScanResult } from '../engine';
import { sendMessage } from '../messages';
import { readHandoff, type Stage1Handoff } from './handoff';
import { scanPage } from './start';
import { badgeLabelOf, buildCardModel, entityName, indexPack, sideOf, type PackIndex } from './card-model';
import { applyMarks, clearMarks, planBadges, registerMarkStyles, type Marks } from './marks';
import type { BadgeSpec } from './badge-host';
import { init as initCard } from './card';
import type { PageSettings } from './settings';

const STAGE2 = Symbol.for('claimlens.stage2');

function formatDay(date: string | undefined): string {
  if (!date) return 'date unknown';
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The "why am I seeing this" line, from the gate's evidence. */
export function whyLine(result: ScanResult, published: string | undefined): string {
  const names: string[] = [];
  for (const e of result.evidence) if (e.strength === 'strong' && !names.includes(e.name) && names.length < 4) names.push(e.name);
  for (const e of result.evidence) if (!names.includes(e.name) && names.length < 4) names.push(e.name);
  const where = result.evidence.some((e) => e.where === 'title' || e.where === 'headline') ? ', including the headline' : '';
  return `This page names ${names.join(', ')}${where}, and is dated ${formatDay(published)}, inside the dataset's window (relevance score ${Math.round(result.score)}).`;
}

export function figureSpec(index: PackIndex, figure: FigureMatch): BadgeSpec {
  const claim = index.claims.get(figure.claimId);
  const claimant = claim ? entityName(index, claim.claimant) : figure.claimant;
  const label = badgeLabelOf(index, figure.claimant);
  return {
    kind: 'figure',
    claimId: figure.claimId,
    side: sideOf(index, figure.claimant),
    label,
    ariaLabel: `${figure.text}: ${label}, ${claimant}${claim ? `, ${formatDay(claim.date)}` : ''}. Show competing claims.`,
  };
}

export function topicSpec(index: PackIndex, mention: Mention): BadgeSpec {
  const name = entityName(index, mention.entityId);
  return { kind: 'topic', entityId: mention.entityId, label: 'claims', ariaLabel: `${name}: show competing claims and context.` };
}

export function startAnnotator(): void {
  const handoff = readHandoff();
  const global = globalThis as Record<symbol, unknown>;
  if (!handoff || global[STAGE2]) return;
  global[STAGE2] = true;
  run(handoff);
}

function run(handoff: Stage1Handoff): void {
  const { signal } = handoff;
  const index = indexPack(packJson as unknown as Pack);
  const marks: Marks = { badges: [], requests: new WeakMap(), mentionRanges: [], figureRanges: [] };
  const placed = new Set<string>();
  const quietly = <T>(fn: () => T): T => (handoff.watch ? handoff.watch.quietly(fn) : fn());
  registerMarkStyles(document);

  const hiddenSides = (s: PageSettings): Side[] => (Object.entries(s.claimantColumns) as [Side, boolean][]).filter(([, on]) => !on).map(([side]) => side);

  const card = initCard(signal, {
    modelFor: (badge) => {
      // Only our own badges open the card: a page can't forge one to show a chosen claim.
      const request = marks.requests.get(badge);
      if (!request) return undefined;
      return buildCardModel(index, {
        claimId: request.figure?.claimId,
        entityId: request.mention?.entityId,
        articleFigureText: request.figure?.text,
        pageDate: handoff.page.meta.published?.slice(0, 10),
        why: whyLine(handoff.result, handoff.page.meta.published),
        hiddenSides: hiddenSides(handoff.settings),
      });
    },
  });

  const render = () => {
    const { page, result, settings } = handoff;
    if (!settings.active || !result.relevant) return;
    const plan = planBadges({
      page,
      result,
      density: settings.density,
      figureSpec: (f) => figureSpec(index, f),
      topicSpec: (m) => topicSpec(index, m),
    });
    quietly(() => applyMarks(document, page, result, plan, placed, marks, settings));
    void sendMessage('pageStatus', {
      relevant: true,
      score: result.score,
      reason: result.reason,
      badges: marks.badges.length,
      figures: result.figures.length,
    }).catch(() => {});
  };

  const rescan = () => {
    const next = scanPage(document);
    handoff.page = next.page;
    // Once a page is known to be about the conflict, new text is annotated even if it alone would not pass.
    handoff.result = next.result.relevant ? next.result : { ...handoff.result, mentions: [], figures: [] };
    render();
  };

  handoff.onPageChanged = rescan;
  handoff.onSettings = () => {
    card.close();
    quietly(() => clearMarks(document, marks, placed));
    if (handoff.settings.active) rescan();
    else void sendMessage('pageStatus', { relevant: handoff.result.relevant, score: handoff.result.score, reason: 'disabled', badges: 0, figures: 0 }).catch(() => {});
  };
  signal.addEventListener('abort', () => quietly(() => clearMarks(document, marks, placed)));
  render();
}
