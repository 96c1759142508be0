/**
 * The badges feature (stage two), injected only into frames that the session's gate found relevant or nearly so:
 * marks and badges, the claims card, live updates. Everything heavy (Preact, floating-ui, the full pack with its
 * texts and sources) lives in this script, so an unrelated page never parses it. It registers itself with the
 * frame's PageSession (lib/content/features.ts lists every feature).
 */
import type { Pack, Side } from '../pack/schema';
import type { FigureMatch, Mention, ScanResult } from '../engine';
import { runtimeTables } from '../pack/bundled-tables';
import { joinRuntime } from '../pack/runtime-tables';
import type { RuntimePack } from '../pack/compile';
import { readActiveImport } from '../pack/import-keys';
import type { StorageArea } from '../pack/import';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messages-client';
import { t } from '../i18n';
import { loadUiLanguage, watchUiLanguage } from '../ui-language-page';
import { formatNumber } from '../numbers';
import { badgeLabelOf, buildCardModel, indexPack, localName, shortNameOf, sideOf, type PackIndex } from './card-model';
import { clearMarks, createMarks, registerMarkStyles, type BadgeAnchor, type Marks, type PlacedBadges } from './marks';
import type { BadgeSpec } from './badge-host';
import { init as initCard, CARD_TAG } from './card';
import type { CardView } from './card-view';
import { initSelectionButton } from './selection-button';
import type { PageSettings } from './settings';
import { afterNextFrame, nextTask } from './schedule';
import { formatDate } from '../dates';
import type { ExtractedPage } from '../dom/extract';
import { anchor, finish, insertSlice, markScanned, plan, render, rescan, BADGES_PER_SLICE } from './text-road';
import { warmFigureReader, WARM_UP_PARTS } from '../engine/scan';
import type { Feature, PageSession } from './session';
import { FEATURES } from './features';
import { findSession } from './session-slot';
import { partsOf } from './page-head';
import type { NotesApi } from './notes';
import { markEvaluated, span } from './bench-marks';

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
  if (figure.misattributed && figure.attributedTo && claim) {
    // The article gives the figure to a party that did not make it: the badge says whose it is (issue #16).
    const speaker = shortNameOf(index, figure.attributedTo);
    return {
      kind: 'figure',
      claimId: figure.claimId,
      side: sideOf(index, figure.claimant),
      label: t('badgeMisattributed', [label, speaker]),
      ariaLabel: t('badgeMisattributedAria', [
        figure.text,
        formatNumber(figure.value),
        shortNameOf(index, figure.claimant),
        formatDay(claim.date),
        speaker,
      ]),
    };
  }
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

export const badgesFeature: Feature = {
  id: 'badges',
  when: FEATURES.badges.when,
  init: initBadges,
};

/** Entry of annotate.js. */
export function registerBadges(): void {
  markEvaluated('annotate-evaluate');
  span('annotate-start', () => findSession()?.add(badgesFeature));
}

const hiddenSides = (s: PageSettings): Side[] =>
  (Object.entries(s.claimantColumns) as [Side, boolean][]).filter(([, on]) => !on).map(([side]) => side);

interface ActivePack {
  runtime: RuntimePack;
  /** The card's data: for the bundled pack it is still on its way while the first scan runs. */
  index: Promise<PackIndex>;
}

let active: Promise<ActivePack> | null = null;

/**
 * The pack in use: a data pack the user imported (compiled when imported), unless a newer one is bundled. For the
 * bundled pack this script carries only the claim tables: the aliases and the pattern are the gate's, already in the
 * page (`session.gatePack`), and the card's texts and sources come from the background as JSON text
 * (lib/background/annotator.ts).
 */
function activePack(session: PageSession): Promise<ActivePack> {
  active ??= (async () => {
    const imported = await readActiveImport(browser.storage.local as unknown as StorageArea, runtimeTables.meta).catch(() => undefined);
    if (imported) return { runtime: imported.runtime, index: Promise.resolve(indexPack(imported.pack)) };
    if (!session.gatePack) throw new Error('ClaimLens: stage two started before the gate');
    const runtime = joinRuntime(session.gatePack, runtimeTables);
    const index = sendMessage('cardPack', {}).then(({ json }) => indexPack(JSON.parse(json) as Pack));
    // A failed request (the extension reloading) is not remembered: the next start asks again.
    index.catch(() => (active = null));
    return { runtime, index };
  })();
  active.catch(() => (active = null));
  return active;
}

async function initBadges(signal: AbortSignal, session: PageSession): Promise<void> {
  const settings = session.settings!;
  let page = session.page!;
  const pack = await activePack(session);
  const runtimePack = pack.runtime;
  if (signal.aborted) return;
  const marks: Marks = createMarks();
  const placed: PlacedBadges = new WeakMap();
  const scanned = new WeakMap<Element, string>();
  // The figure reader's first run, on a few sentences of its own, one part per task: then the first `finish` of a page
  // (the demo's took 61 ms cold on a slow machine) is not a long task.
  const mayFinish = session.stage!.gate.relevant || session.stage!.nearMiss;
  for (let part = 0; mayFinish && part < WARM_UP_PARTS; part++) {
    span('warm', () => warmFigureReader(runtimePack, part));
    await nextTask();
    if (signal.aborted) return;
  }
  page = session.page!;
  // The gate's verdict with figures and claims; `latest` holds only what the last scan found new.
  const result: ScanResult = span('finish', () => finish(page, session.stage!, runtimePack));
  let allMentions: Mention[] = [...result.mentions];
  session.setVerdict({ relevant: result.relevant, score: result.score, reason: result.reason });
  session.contribute('badges', () => {
    // A page may remove content we badged (a feed recycling its items): count what is still there.
    marks.badges = marks.badges.filter((b) => b.isConnected);
    return { badges: marks.badges.length, figures: marks.badges.filter((b) => b.getAttribute('data-kind') === 'figure').length };
  });
  signal.addEventListener('abort', () => session.quietly(() => clearMarks(document, marks)));
  if (!result.relevant) return session.report();
  markScanned(page, scanned);
  // The scan and the first marks in separate tasks: on a very long page neither becomes a long task. The reader's
  // interface language (badge labels, the card) and the card's data are read meanwhile; a later language change
  // applies from the next card.
  const [index] = await Promise.all([pack.index, nextTask(), loadUiLanguage()]);
  if (signal.aborted) return;
  signal.addEventListener(
    'abort',
    watchUiLanguage(() => {}),
    { once: true },
  );
  registerMarkStyles(document);

  const card = initCard(signal, {
    // What the card draws with, in card.js (lib/content/card-view.ts): preloaded once the first badges are drawn.
    view: () => session.use<CardView>('card'),
    modelFor: (badge) => {
      // Only our own badges open the card: a page can't forge one to show a chosen claim.
      const request = marks.requests.get(badge);
      if (!request) return undefined;
      return buildCardModel(index, {
        claimId: request.figure?.claimId,
        entityId: request.mention?.entityId,
        articleFigureText: request.figure?.text,
        pageDate: page.meta.published?.slice(0, 10),
        why: whyLine(result, page.meta.published),
        hiddenSides: hiddenSides(settings),
        onlyKnownThen: settings.onlyKnownThen,
        attributedTo: request.figure?.attributedTo,
        misattributed: request.figure?.misattributed,
      });
    },
    onSaveNote: (badge) => {
      const request = marks.requests.get(badge);
      const range = marks.textRanges.get(badge);
      void session
        .use<NotesApi>('notes')
        .then((notes) => notes?.startNote({ range, claimId: request?.figure?.claimId, claimant: request?.figure?.claimant }));
    },
    onOpenExplorer: (eventId) => void sendMessage('openExplorer', { eventId }).catch(() => {}),
    textRangeFor: (badge) => marks.textRanges.get(badge),
  });
  let cardAsked = false;
  // Notes without a context menu or a shortcut (Firefox for Android): a button beside the reader's selection.
  if (session.isTopFrame)
    initSelectionButton(signal, {
      start: (range) => void session.use<NotesApi>('notes').then((notes) => notes?.startNote({ range })),
      isOurs: (node) => {
        const el = node instanceof Element ? node : node.parentElement;
        return Boolean(el?.closest(`claimlens-badge, ${CARD_TAG}`));
      },
    });

  // Badges out of view go in small slices, each in its own task, so neither our script nor the browser's style
  // and layout work for them makes a long task; the feature's end cancels what is still queued.
  let queued: BadgeAnchor[] = [];
  let draining = false;
  const drain = () => {
    if (draining || signal.aborted) return;
    draining = true;
    const step = () => {
      if (signal.aborted || queued.length === 0) {
        draining = false;
        return session.report();
      }
      queued = span('badge-slice', () => session.quietly(() => insertSlice(queued, placed, marks)));
      afterNextFrame(step);
    };
    afterNextFrame(step);
  };

  /** Plan, anchor and render one scan of `on` (the whole page, or the changed blocks of a live batch). */
  const show = (on: ExtractedPage, latest: ScanResult) => span('render', () => showNow(on, latest));
  const showNow = (on: ExtractedPage, latest: ScanResult) => {
    const requests = plan(on, latest, settings.density, {
      figureSpec: (f) => figureSpec(index, f),
      topicSpec: (m) => topicSpec(index, m),
      atLeastOne: on === page && queued.length === 0 && !marks.badges.some((b) => b.isConnected),
    });
    session.quietly(() => {
      const anchors = anchor(document, on, requests, placed);
      // Document order: the first slice is the top of the article; no layout is read to decide (that would force one).
      queued.push(...render(document, on, latest, anchors, placed, marks, { ...settings, now: BADGES_PER_SLICE }));
    });
    session.report();
    drain();
    // The card's view before a reader can reach a badge, but after the first badges are on screen.
    if (!cardAsked && marks.badges.length) {
      cardAsked = true;
      afterNextFrame(() => void (signal.aborted || card.preload()));
    }
  };

  /** Scan a part of the page not scanned yet (a live batch, a part of a long page's rest); whether it found anything shown. */
  const scanPart = (part: ExtractedPage, showPart: typeof show): boolean => {
    const found = rescan(part, scanned, allMentions, runtimePack);
    allMentions = [...allMentions, ...found.mentions];
    if (!found.mentions.length && !found.figures.length) return false;
    showPart(part, { ...result, ...found });
    return true;
  };

  /** Only the blocks that hold the batch's changed nodes, read and scanned; the rest of the page is not read again. */
  session.onPageChange((changed) => {
    const part = session.readChanged(page, changed);
    // The article itself was replaced (a single-page app): that full pass is the page now.
    if (part.root !== page.root) page = part;
    if (!scanPart(part, show)) session.report();
  }, signal);
  show(page, result);
  // A very long page gated on its head (lib/content/page-head.ts): the rest, a part per task, read as new text is.
  const rest = session.rest;
  if (rest) {
    for (const part of partsOf(rest)) {
      await nextTask();
      if (signal.aborted) return;
      span('rest', () => scanPart(part, showNow));
    }
    session.report();
  }
}
