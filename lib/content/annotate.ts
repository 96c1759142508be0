/**
 * Stage two, injected only into frames that stage one found relevant: marks and badges, the claims card,
 * live updates and settings changes. Everything heavy (Preact, floating-ui, the full pack with its texts and
 * sources) lives here, so an unrelated page never parses it.
 */
import packJson from '@/data/afpak-2025-26.json';
import type { Pack, Side } from '../pack/schema';
import {
  finishScan,
  findFigures,
  findMentions,
  prepareText,
  resolveStrength,
  type FigureMatch,
  type Mention,
  type ScanResult,
} from '../engine';
import { extractPage, type ExtractedPage } from '../dom/extract';
import { runtimePack } from '../pack/bundled-runtime';
import { sendMessage } from '../messages';
import { loadUiLanguage, t, watchUiLanguage } from '../i18n';
import { readHandoff, type Stage1Handoff } from './handoff';
import { gateDocument } from './start';
import { badgeLabelOf, buildCardModel, indexPack, localName, sideOf, type PackIndex } from './card-model';
import { formatNumber } from '../numbers';
import {
  addHighlights,
  anchorBadges,
  clearMarks,
  createMarks,
  insertBadges,
  planBadges,
  registerMarkStyles,
  type BadgeAnchor,
  type Marks,
  type PlacedBadges,
} from './marks';
import type { BadgeSpec } from './badge-host';
import { init as initCard } from './card';
import type { PageSettings } from './settings';
import { afterNextFrame, nextTask } from './schedule';
import { openNoteEditor } from './notes';
import { formatDate } from '../dates';

const STAGE2 = Symbol.for('claimlens.stage2');
/** About 10 ms of style and layout per slice on a long page. */
const BADGES_PER_SLICE = 40;

function formatDay(date: string | undefined): string {
  return date ? formatDate(date) : t('dateUnknown');
}

/** The "why am I seeing this" line, from the gate's evidence. */
export function whyLine(result: ScanResult, published: string | undefined): string {
  const names: string[] = [];
  for (const e of result.evidence) if (e.strength === 'strong' && !names.includes(e.name) && names.length < 4) names.push(e.name);
  for (const e of result.evidence) if (!names.includes(e.name) && names.length < 4) names.push(e.name);
  const inHeadline = result.evidence.some((e) => e.where === 'title' || e.where === 'headline');
  const values = [names.join(t('listComma')), formatDay(published), formatNumber(Math.round(result.score))];
  return inHeadline ? t('whyLineHeadline', values) : t('whyLine', values);
}

export function figureSpec(index: PackIndex, figure: FigureMatch): BadgeSpec {
  const claim = index.claims.get(figure.claimId);
  const claimant = claim ? localName(index, claim.claimant) : figure.claimant;
  const label = badgeLabelOf(index, figure.claimant);
  return {
    kind: 'figure',
    claimId: figure.claimId,
    side: sideOf(index, figure.claimant),
    label,
    ariaLabel: claim
      ? t('badgeFigureAriaDated', [figure.text, label, claimant, formatDay(claim.date)])
      : t('badgeFigureAria', [figure.text, label, claimant]),
  };
}

export function topicSpec(index: PackIndex, mention: Mention): BadgeSpec {
  const name = localName(index, mention.entityId);
  return { kind: 'topic', entityId: mention.entityId, label: t('badgeTopicLabel'), ariaLabel: t('badgeTopicAria', name) };
}

/**
 * Mentions and figures in the blocks that are new or changed since the last scan, in page block indices.
 * A page already known to be about the conflict gets its new text annotated without another gate: one new
 * paragraph alone would rarely pass it.
 */
export function scanNewBlocks(
  page: ExtractedPage,
  scanned: WeakMap<Element, string>,
  known: readonly Mention[],
): { mentions: Mention[]; figures: FigureMatch[] } {
  const fresh: number[] = [];
  page.blocks.forEach((b, i) => {
    if (b.kind !== 'title' && b.element && b.nodes && scanned.get(b.element) !== b.text) fresh.push(i);
  });
  for (const i of fresh) scanned.set(page.blocks[i]!.element!, page.blocks[i]!.text);
  if (!fresh.length) return { mentions: [], figures: [] };
  const blocks = fresh.map((i) => page.blocks[i]!);
  const prepared = prepareText(blocks);
  const mentions = findMentions(runtimePack, prepared);
  // A weak name turns strong next to an entity named anywhere on the page, not only in the new text.
  resolveStrength(runtimePack, [...known, ...mentions]);
  const figures = findFigures(runtimePack, blocks, page.meta, prepared, [...mentions]);
  return {
    mentions: mentions.map((m) => ({ ...m, block: fresh[m.block]! })),
    figures: figures.map((f) => ({ ...f, block: fresh[f.block]! })),
  };
}

export function startAnnotator(): void {
  const handoff = readHandoff();
  const global = globalThis as Record<symbol, unknown>;
  if (!handoff || global[STAGE2]) return;
  global[STAGE2] = true;
  void run(handoff);
}

async function run(handoff: Stage1Handoff): Promise<void> {
  const { signal } = handoff;
  const index = indexPack(packJson as unknown as Pack);
  const marks: Marks = createMarks();
  let placed: PlacedBadges = new WeakMap();
  // Block element → its text when last scanned: unchanged blocks are never scanned again.
  const scanned = new WeakMap<Element, string>();
  // The gate's verdict with figures and claims; `latest` holds only what the last scan found new.
  let result: ScanResult = finishScan(handoff.stage, handoff.page.blocks, handoff.page.meta, runtimePack);
  let latest: ScanResult = result;
  let allMentions: Mention[] = [...result.mentions];
  if (result.relevant) for (const b of handoff.page.blocks) if (b.element) scanned.set(b.element, b.text);
  // The scan and the first marks in separate tasks: on a very long page neither becomes a long task. The reader's
  // interface language (badge labels, the card) is read meanwhile; a later change applies from the next card.
  await Promise.all([nextTask(), loadUiLanguage()]);
  if (signal.aborted) return;
  signal.addEventListener(
    'abort',
    watchUiLanguage(() => {}),
    { once: true },
  );
  const quietly = <T>(fn: () => T): T => (handoff.watch ? handoff.watch.quietly(fn) : fn());
  registerMarkStyles(document);

  const hiddenSides = (s: PageSettings): Side[] =>
    (Object.entries(s.claimantColumns) as [Side, boolean][]).filter(([, on]) => !on).map(([side]) => side);

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
        why: whyLine(result, handoff.page.meta.published),
        hiddenSides: hiddenSides(handoff.settings),
      });
    },
    onSaveNote: (badge) => {
      const request = marks.requests.get(badge);
      const claimId = request?.figure?.claimId;
      void openNoteEditor({ range: marks.textRanges.get(badge), claimId, claimant: request?.figure?.claimant });
    },
    onOpenExplorer: (eventId) => void sendMessage('openExplorer', { eventId }).catch(() => {}),
  });

  const reportStatus = () => {
    // A page may remove content we badged (a feed recycling its items): count what is still there.
    marks.badges = marks.badges.filter((b) => b.isConnected);
    void sendMessage('pageStatus', {
      relevant: result.relevant,
      score: result.score,
      reason: handoff.settings.active ? result.reason : 'disabled',
      badges: marks.badges.length,
      figures: marks.badges.filter((b) => b.getAttribute('data-kind') === 'figure').length,
      liveBatches: handoff.watch?.stats.batches,
      liveBusyMs: handoff.watch ? Math.round(handoff.watch.stats.busyMs * 10) / 10 : undefined,
    }).catch(() => {});
  };

  // Badges out of view go in small slices, each in its own task, so neither our script nor the browser's style
  // and layout work for them makes a long task; a settings change or a clear cancels what is still queued.
  let queued: BadgeAnchor[] = [];
  let draining = false;
  const drain = () => {
    if (draining || signal.aborted) return;
    draining = true;
    const step = () => {
      if (signal.aborted || queued.length === 0) {
        draining = false;
        return reportStatus();
      }
      const slice = queued.splice(0, BADGES_PER_SLICE);
      quietly(() => insertBadges(slice, placed, marks));
      afterNextFrame(step);
    };
    afterNextFrame(step);
  };

  const render = () => {
    const { page, settings } = handoff;
    if (!settings.active || !result.relevant) return reportStatus();
    const plan = planBadges({
      page,
      result: latest,
      density: settings.density,
      figureSpec: (f) => figureSpec(index, f),
      topicSpec: (m) => topicSpec(index, m),
    });
    quietly(() => {
      const anchors = anchorBadges(document, page, plan, placed);
      addHighlights(document, page, latest, marks, settings);
      // Document order: the first slice is the top of the article, where a page opens; the rest follow, one
      // slice per frame. No layout is read to decide (that would force one).
      insertBadges(anchors.slice(0, BADGES_PER_SLICE), placed, marks);
      queued.push(...anchors.slice(BADGES_PER_SLICE));
    });
    reportStatus();
    drain();
  };

  /** The whole page, from the gate on: for a page not (yet) known to be relevant, and after a settings change. */
  const scanAll = () => {
    const { page, stage } = gateDocument(document);
    handoff.page = page;
    handoff.stage = stage;
    result = finishScan(stage, page.blocks, page.meta, runtimePack);
    latest = result;
    allMentions = [...result.mentions];
    if (result.relevant) for (const b of page.blocks) if (b.element) scanned.set(b.element, b.text);
    render();
  };

  /** Only the blocks that are new or changed since the last scan. */
  const scanChanges = () => {
    if (!result.relevant) return scanAll();
    const page = extractPage(document);
    const found = scanNewBlocks(page, scanned, allMentions);
    handoff.page = page;
    allMentions = [...allMentions, ...found.mentions];
    latest = { ...result, ...found };
    if (found.mentions.length || found.figures.length) render();
    else reportStatus();
  };

  handoff.onPageChanged = scanChanges;
  handoff.onSettings = () => {
    card.close();
    queued = [];
    quietly(() => clearMarks(document, marks));
    placed = new WeakMap();
    if (handoff.settings.active) scanAll();
    else reportStatus();
  };
  signal.addEventListener('abort', () => quietly(() => clearMarks(document, marks)));
  render();
}
