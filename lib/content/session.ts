/**
 * The PageSession: ClaimLens's one runtime in a frame. The content script creates it from WXT's context; it owns
 * what every feature shares (the lifetime, the settings, the extracted page and the gate's verdict, the one
 * MutationObserver, the one status report) and runs the FEATURES, each of which registers itself with
 * `session.add({ id, when, init })`. Every feature and the file it lives in are listed in lib/content/features.ts.
 *
 * Lifecycle of a feature: once added, it runs (`init(signal, session)`) whenever `when(session)` holds; when the
 * settings change, or the page is gated again with another verdict, every running feature is aborted (its signal
 * fires, it removes what it drew) and started afresh if `when` still holds. A feature that lives in an injected
 * script (annotate.js, notes.js) is loaded by asking the background, once; the script finds this session through
 * its one registered symbol (lib/content/session-slot.ts) and adds the feature.
 */
import type { ExtractedPage } from '../dom/extract';
import type { GateStage, ReadText } from '../engine/gate';
import type { GatePack } from '../pack/runtime-types';
import type { PageSettings } from './settings';
import type { PageWatch } from './live';
import { FEATURES, worthAnnotating, type FeatureId } from './features';
import { claimSessionSlot } from './session-slot';
import { splitHead, textLength } from './page-head';

/** About two paragraphs of news text: an unrelated page is gated again only after this much new text. */
export const REGATE_AFTER_CHARS = 600;
/** Above this much text (a very long page), the text is normalised in a task before the gate's. */
export const PREPARE_APART_CHARS = 100_000;

export interface Feature<Api = unknown> {
  id: FeatureId;
  /** Whether the feature runs under the current settings and verdict. Asked again after every change. */
  when(session: PageSession): boolean;
  /** Start; everything the feature does ends when `signal` aborts. May return the feature's API for others. */
  init(signal: AbortSignal, session: PageSession): Api | Promise<Api>;
}

/** What a feature adds to the page's status report (the popup's summary, the toolbar count). */
export interface StatusPart {
  badges?: number;
  figures?: number;
  notesShown?: number;
}

/** The verdict the status report gives: the gate's, or stage two's once figures have decided a near miss. */
export interface Verdict {
  relevant: boolean;
  score: number;
  reason: string;
}

/** Everything the session needs from the browser and the page: real parts in production, fakes in unit tests. */
export interface SessionDeps {
  signal: AbortSignal;
  followSettings(signal: AbortSignal, apply: (settings: PageSettings) => void): Promise<void>;
  whenIdle(signal: AbortSignal): Promise<void>;
  nextTask(): Promise<void>;
  /**
   * Extract the page's text (unless it is given) and gate it (lib/content/text-road.ts); `prepared`: from `prepare`.
   * Undefined when the page now names someone and the gate is not loaded yet (`upgrade`).
   */
  gate(page?: ExtractedPage, prepared?: ReadText): { page: ExtractedPage; stage: GateStage; pack?: GatePack } | undefined;
  /**
   * Bring in the gate's half of the road (gate.js, lib/content/road.ts) for a page that may name someone: false if it
   * could not be loaded. Without it (unit tests), `gate` and the walk are always at hand.
   */
  upgrade?(): Promise<boolean>;
  /** Normalise an extracted page's text and read its names, for the gate: on a long page, in a task of its own. */
  prepare?(page: ExtractedPage): ReadText;
  /**
   * Extract only: at start-up the session extracts and gates in separate tasks. A function back: the walk of a page
   * that may be relevant, still to do, from the next task on; it is called once per task until it gives the page (a
   * long page is walked in slices, lib/dom/extract.ts `extractPageInSlices`).
   */
  extract?(): ExtractedPage | (() => ExtractedPage | undefined);
  watch(signal: AbortSignal, onChange: (addedChars: number, changed: Node[]) => void): PageWatch;
  /**
   * Only the blocks of `page`'s document that hold `changed` nodes (text-road's `extractChanged`): the extractor is
   * the content script's, and stage two reads a live batch through the session instead of carrying its own copy.
   */
  readChanged(page: ExtractedPage, changed: readonly Node[]): ExtractedPage;
  /**
   * Whether these changed nodes name anyone of the pack the page was gated with (the gate's own alias reading,
   * lib/engine/prefilter.ts). A page that named nobody keeps that verdict while its new text names nobody either.
   */
  namesAnyone?(changed: readonly Node[]): boolean;
  /** Ask the background to inject a feature's script into this frame; `onlyIfNotes`: only if this page has notes. */
  load(id: FeatureId, onlyIfNotes?: boolean): Promise<boolean>;
  report(status: Verdict & { badges: number; figures: number; notesShown?: number; liveBatches?: number; liveBusyMs?: number }): void;
  /** Top frame: notes live only there. */
  isTopFrame: boolean;
}

interface Running {
  controller: AbortController;
  api: Promise<unknown>;
}

export class PageSession {
  readonly signal: AbortSignal;
  settings: PageSettings | null = null;
  page: ExtractedPage | null = null;
  stage: GateStage | null = null;
  /** The pack the page was gated with (bundled or imported): stage two joins its claims to it. */
  gatePack: GatePack | null = null;
  verdict: Verdict | null = null;
  /**
   * A very long page that its head made relevant (lib/content/page-head.ts): `page` holds the head, and this the
   * blocks after it, for the badges feature to read part by part. Null for every other page.
   */
  rest: ExtractedPage | null = null;
  watch: PageWatch | null = null;
  private readonly features = new Map<FeatureId, Feature>();
  private readonly running = new Map<FeatureId, Running>();
  private readonly parts = new Map<FeatureId, () => StatusPart>();
  private readonly changeHandlers = new Set<(changed: Node[]) => void>();
  private readonly loading = new Map<string, Promise<boolean>>();
  /** Callers of use() waiting for a feature's script to register. */
  private readonly waiting = new Map<FeatureId, (() => void)[]>();
  private started = false;
  private addedSinceGate = 0;
  /** On a page that named nobody: whether text added since the last gate names someone. */
  private namedSinceGate = false;

  constructor(private readonly deps: SessionDeps) {
    this.signal = deps.signal;
    this.signal.addEventListener('abort', () => {
      for (const id of [...this.running.keys()]) this.stop(id);
      this.changeHandlers.clear();
    });
  }

  /** Follow the settings (once, for every feature) and start when ClaimLens is on for this page. */
  async start(): Promise<void> {
    await this.deps.followSettings(this.signal, (next) => this.applySettings(next));
  }

  get isTopFrame(): boolean {
    return this.deps.isTopFrame;
  }

  // ——— features ———

  /** Register a feature (from an injected script or the content script). Runs it at once if `when` holds. */
  add(feature: Feature): void {
    if (this.signal.aborted || this.features.has(feature.id)) return;
    this.features.set(feature.id, feature);
    this.startIfWanted(feature);
    for (const resolve of this.waiting.get(feature.id) ?? []) resolve();
    this.waiting.delete(feature.id);
  }

  has(id: FeatureId): boolean {
    return this.features.has(id);
  }

  isRunning(id: FeatureId): boolean {
    return this.running.has(id);
  }

  /**
   * A feature's API, loading its script first if it is not here yet. Undefined when it does not run here
   * (ClaimLens off on this site, a frame without notes) or its script could not be loaded.
   */
  async use<Api>(id: FeatureId): Promise<Api | undefined> {
    if (!this.features.has(id)) {
      const registered = new Promise<void>((resolve) => this.waiting.set(id, [...(this.waiting.get(id) ?? []), resolve]));
      const loaded = await this.load(id);
      if (!loaded && !this.features.has(id)) return undefined;
      // executeScript resolves after the script ran, so it registered already; the wait covers a slow registration.
      if (!this.features.has(id)) await registered;
    }
    const run = this.running.get(id);
    return run ? ((await run.api) as Api) : undefined;
  }

  /** Ask for a feature's script once per session (a conditional ask, "only if this page has notes", apart). */
  private load(id: FeatureId, onlyIfNotes = false): Promise<boolean> {
    const key = onlyIfNotes ? `${id}:if-notes` : id;
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.deps.load(id, onlyIfNotes).catch(() => false);
      this.loading.set(key, pending);
    }
    return pending;
  }

  private startIfWanted(feature: Feature): void {
    if (this.running.has(feature.id) || !this.settings || !feature.when(this)) return;
    const controller = new AbortController();
    const api = Promise.resolve()
      .then(() => feature.init(controller.signal, this))
      .catch((err: unknown) => {
        if (!controller.signal.aborted) console.error(`ClaimLens: feature "${feature.id}" failed`, err);
        return undefined;
      });
    this.running.set(feature.id, { controller, api });
  }

  private stop(id: FeatureId): void {
    const run = this.running.get(id);
    if (!run) return;
    this.running.delete(id);
    this.parts.delete(id);
    run.controller.abort();
  }

  /** Abort every running feature and start again those whose `when` holds now. */
  restartFeatures(): void {
    for (const id of [...this.running.keys()]) this.stop(id);
    for (const feature of this.features.values()) this.startIfWanted(feature);
  }

  // ——— settings, gate, page changes ———

  private applySettings(next: PageSettings): void {
    const first = this.settings === null;
    const before = this.settings;
    this.settings = next;
    // A change that draws this page the same way (a rule for another site, the switch while a site rule decides)
    // leaves it alone: every open tab hears every change, and a redraw would flicker their badges for nothing.
    if (before && drawsTheSame(before, next)) return;
    if (!next.active) {
      for (const id of [...this.running.keys()]) this.stop(id);
      if (this.started) this.report();
      return;
    }
    if (!this.started) {
      this.started = true;
      void this.run();
      return;
    }
    if (first) return;
    // Features drew on the page: they clear it first, then the page is read again (their text nodes were re-joined).
    for (const id of [...this.running.keys()]) this.stop(id);
    if (this.page) this.regateThen(() => this.afterGate());
    else this.afterGate();
  }

  private async run(): Promise<void> {
    const { deps, signal } = this;
    await deps.whenIdle(signal);
    if (signal.aborted) return;
    this.watch = deps.watch(signal, (added, changed) => this.pageChanged(added, changed));
    // Notes are independent of the gate: a page with notes gets them back whatever its topic.
    if (deps.isTopFrame) void this.load('notes', true);
    await deps.nextTask();
    if (signal.aborted) return;
    // Read the page (metadata and the prefilter), walk it, normalise a long page's text and gate it, each in a task
    // of its own: on a 1 MB page each then stays under the 50 ms of a long task (in Chromium about 10, 35, 25 and 35
    // ms on a quiet machine).
    let read = deps.extract?.();
    if (typeof read === 'function') {
      // A page that may name someone: the walk and the gate come with gate.js, loaded now (not on other pages).
      if (deps.upgrade && !(await deps.upgrade())) return;
      const walk = read;
      let walked: ExtractedPage | undefined;
      do {
        await deps.nextTask();
        if (signal.aborted) return;
        walked = walk();
      } while (!walked);
      read = walked;
    }
    const extracted = read;
    let prepared: ReadText | undefined;
    if (extracted) {
      await deps.nextTask();
      if (signal.aborted) return;
      // A very long page is gated on its head first: relevant there, it is annotated from the top while the rest waits.
      const split = deps.prepare ? splitHead(extracted) : undefined;
      if (split) {
        const head = deps.prepare!(split.head);
        await deps.nextTask();
        if (signal.aborted) return;
        if (this.regate(split.head, head) && this.stage!.gate.relevant) {
          this.rest = split.rest;
          return this.afterGate();
        }
      }
      if (deps.prepare && textLength(extracted) > PREPARE_APART_CHARS) {
        prepared = deps.prepare(extracted);
        await deps.nextTask();
        if (signal.aborted) return;
      }
    }
    this.regateThen(() => this.afterGate(), extracted, prepared);
  }

  /**
   * Extract (unless already extracted) and gate the whole page again, then `after`. A page that named nobody may
   * name someone now: then gate.js is loaded first, and the gate runs once it is in.
   */
  private regateThen(after: () => void, extracted?: ExtractedPage, prepared?: ReadText): void {
    if (this.regate(extracted, prepared)) return after();
    void this.deps.upgrade?.().then((loaded) => {
      if (loaded && !this.signal.aborted && this.regate()) after();
    });
  }

  private regate(extracted?: ExtractedPage, prepared?: ReadText): boolean {
    const gated = this.deps.gate(extracted, prepared);
    if (!gated) return false;
    const { page, stage, pack } = gated;
    this.page = page;
    this.rest = null;
    this.stage = stage;
    this.gatePack = pack ?? null;
    this.addedSinceGate = 0;
    this.namedSinceGate = false;
    this.verdict = { relevant: stage.gate.relevant, score: stage.gate.score, reason: stage.gate.reason };
    return true;
  }

  private afterGate(): void {
    if (this.signal.aborted || !this.settings?.active || !this.stage) return;
    // A near miss is reported by the badges feature, once the figures have decided it.
    if (!this.stage.nearMiss) this.report();
    if (FEATURES.badges.when(this) && !this.features.has('badges')) void this.load('badges');
    for (const feature of this.features.values()) this.startIfWanted(feature);
  }

  /**
   * Features that follow page changes themselves (the badges feature on a relevant page, which rescans only the
   * changed blocks) subscribe here; while none does, the session gates the page again after enough new text.
   */
  onPageChange(handler: (changed: Node[]) => void, signal: AbortSignal): void {
    this.changeHandlers.add(handler);
    signal.addEventListener('abort', () => this.changeHandlers.delete(handler), { once: true });
  }

  private pageChanged(added: number, changed: Node[]): void {
    if (!this.settings?.active) return;
    if (this.changeHandlers.size) {
      for (const handler of [...this.changeHandlers]) handler(changed);
      return;
    }
    this.addedSinceGate += added;
    // A page that named nobody ('no-mention', most pages) keeps that verdict until new text names someone: until
    // then it is not read again (on an endless feed that was a whole-page pass per 600 characters). Once a name has
    // come, the page is gated again as before, after 600 characters.
    if (this.stage?.gate.reason === 'no-mention' && this.deps.namesAnyone && !this.namedSinceGate) {
      if (!this.deps.namesAnyone(changed)) return;
      this.namedSinceGate = true;
    }
    if (this.addedSinceGate < REGATE_AFTER_CHARS) return;
    const wasWorth = this.stage ? worthAnnotating(this.stage) : false;
    // Counted from now: while gate.js loads (the gate then waits for it), more text does not start a second regate.
    this.addedSinceGate = 0;
    this.regateThen(() => {
      // A feature that ran on the old verdict starts again on the new one.
      if (wasWorth || worthAnnotating(this.stage!)) this.stop('badges');
      this.afterGate();
    });
  }

  /** The blocks of `page` holding a live batch's changed nodes, read as a full pass reads them. */
  readChanged(page: ExtractedPage, changed: readonly Node[]): ExtractedPage {
    return this.deps.readChanged(page, changed);
  }

  /** Our own DOM changes (badges, split text nodes) must not count as page changes. */
  quietly<T>(fn: () => T): T {
    return this.watch ? this.watch.quietly(fn) : fn();
  }

  // ——— the one status report ———

  setVerdict(verdict: Verdict): void {
    this.verdict = verdict;
  }

  /** A feature's share of the report, read each time the report is sent; it ends with the feature. */
  contribute(id: FeatureId, part: () => StatusPart): void {
    this.parts.set(id, part);
  }

  report(): void {
    // Before the first gate there is no verdict to give; the gate's report will carry every feature's part.
    if (this.signal.aborted || (this.settings?.active && !this.verdict)) return;
    let badges = 0;
    let figures = 0;
    let notesShown: number | undefined;
    for (const part of this.parts.values()) {
      const p = part();
      badges += p.badges ?? 0;
      figures += p.figures ?? 0;
      if (p.notesShown !== undefined) notesShown = (notesShown ?? 0) + p.notesShown;
    }
    const verdict = this.verdict ?? { relevant: false, score: 0, reason: 'not-scanned' };
    const stats = this.watch?.stats;
    this.deps.report({
      relevant: verdict.relevant,
      score: verdict.score,
      reason: this.settings?.active ? verdict.reason : 'disabled',
      badges,
      figures,
      ...(notesShown !== undefined ? { notesShown } : {}),
      ...(stats ? { liveBatches: stats.batches, liveBusyMs: Math.round(stats.busyMs * 10) / 10 } : {}),
    });
  }

  /** Claim the frame's one session slot; false if another session already holds it. */
  claimSlot(): boolean {
    return claimSessionSlot(this);
  }
}

/**
 * Whether two settings draw a page the same way: every setting counts, except the switch and the site rules, which
 * count only through `active` (both values come through normalizeSettings, so their keys are in one order).
 */
function drawsTheSame(a: PageSettings, b: PageSettings): boolean {
  const drawn = ({ enabled: _enabled, siteRules: _rules, ...rest }: PageSettings) => JSON.stringify(rest);
  return drawn(a) === drawn(b);
}
