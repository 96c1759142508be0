import { describe, expect, it, vi } from 'vitest';
import { PageSession, PREPARE_APART_CHARS, REGATE_AFTER_CHARS, type Feature, type SessionDeps } from '@/lib/content/session';
import { endsWhenExtensionGone } from '@/lib/content/start';
import { HEAD_CHARS } from '@/lib/content/page-head';
import { findSession } from '@/lib/content/session-slot';
import type { GateStage } from '@/lib/engine/gate';
import type { ExtractedPage } from '@/lib/dom/extract';
import type { PageSettings } from '@/lib/content/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const settings = (active: boolean, density: PageSettings['density'] = 'entities'): PageSettings => ({
  ...DEFAULT_SETTINGS,
  density,
  active,
});
const stage = (kind: 'relevant' | 'unrelated' | 'near' | 'nobody'): GateStage => ({
  gate: {
    relevant: kind === 'relevant',
    score: kind === 'relevant' ? 12 : kind === 'near' ? 6 : 0,
    evidence: [],
    reason: kind === 'relevant' ? 'relevant' : kind === 'nobody' ? 'no-mention' : 'low-score',
  },
  mentions: [],
  nearMiss: kind === 'near',
});
const PAGE: ExtractedPage = { blocks: [], meta: {} };

/** A session on fake parts: every call the session makes is recorded. */
function harness(
  first: 'relevant' | 'unrelated' | 'near' | 'nobody',
  {
    top = true,
    active = true,
    names,
    extracted,
    walk = false,
    road,
    verdictOf,
  }: {
    top?: boolean;
    active?: boolean;
    names?: (changed: readonly Node[]) => boolean;
    extracted?: ExtractedPage;
    /** The page's walk is left for the next task (text-road's readPageInSteps); a number: it takes that many slices. */
    walk?: boolean | number;
    /**
     * The gate's half comes in gate.js (lib/content/road.ts), loaded by `upgrade` (false: it can't be). Until then the
     * gate can only turn down a page that names nobody.
     */
    road?: { loads: boolean };
    /** The gate's verdict by the page it is given (a long page's head, or the whole page), instead of one for all. */
    verdictOf?: (page: ExtractedPage) => 'relevant' | 'unrelated';
  } = {},
) {
  const lifetime = new AbortController();
  const log = { gates: 0, loads: [] as string[], reports: [] as Parameters<SessionDeps['report']>[0][], steps: [] as string[] };
  let verdict = first;
  let upgraded = false;
  let applySettings: (s: PageSettings) => void = () => {};
  let pageChanged: (added: number, changed: Node[]) => void = () => {};
  let session!: PageSession;
  const features = new Map<string, Feature>();
  const deps: SessionDeps = {
    signal: lifetime.signal,
    followSettings: async (_signal, apply) => {
      applySettings = apply;
      apply(settings(active));
    },
    whenIdle: async () => {},
    nextTask: async () => {
      log.steps.push('task');
    },
    gate: (page, prepared) => {
      if (road && !upgraded && verdict !== 'nobody') return (log.steps.push('gate needs gate.js'), undefined);
      log.gates++;
      log.steps.push(prepared ? `gate with ${(prepared as unknown as { of: string }).of}` : 'gate');
      return { page: page ?? PAGE, stage: stage(verdictOf && page ? verdictOf(page) : verdict) };
    },
    ...(extracted
      ? {
          extract: () => {
            log.steps.push('extract');
            let slices = Number(walk);
            return walk ? () => (log.steps.push('walk'), --slices > 0 ? undefined : extracted) : extracted;
          },
          prepare: (page: ExtractedPage) => (log.steps.push('prepare'), { of: page.blocks[0]!.text.slice(0, 5) }) as never,
        }
      : {}),
    watch: (_signal, onChange) => {
      pageChanged = onChange;
      return { stats: { batches: 0, delayMs: 400, busyMs: 0, addedChars: 0 }, quietly: (fn) => fn() };
    },
    // The background injects the script, which registers its feature with the session at once.
    load: async (id, onlyIfNotes) => {
      log.loads.push(onlyIfNotes ? `${id}?notes` : id);
      const feature = features.get(id);
      if (!feature || onlyIfNotes) return false;
      session.add(feature);
      return true;
    },
    report: (status) => log.reports.push(status),
    readChanged: (page) => page,
    isTopFrame: top,
    ...(names ? { namesAnyone: names } : {}),
    ...(road
      ? {
          upgrade: async () => {
            log.steps.push('upgrade');
            upgraded = road.loads;
            return road.loads;
          },
        }
      : {}),
  };
  session = new PageSession(deps);
  return {
    session,
    log,
    lifetime,
    features,
    setVerdict: (v: typeof first) => (verdict = v),
    settingsChange: (s: PageSettings) => applySettings(s),
    pageChange: (added: number, changed: Node[] = []) => pageChanged(added, changed),
    settle: () => new Promise((ok) => setTimeout(ok, 0)),
  };
}

/** A feature that records its starts and ends. */
function recorder(id: 'badges' | 'notes', when: Feature['when'] = (s) => Boolean(s.settings?.active)) {
  const starts: AbortSignal[] = [];
  const feature: Feature<{ ping(): string }> = {
    id,
    when,
    init: (signal) => (starts.push(signal), { ping: () => `${id} ${starts.length}` }),
  };
  return { feature, starts };
}

describe('PageSession: stage one', () => {
  it('extracts and gates the page in separate tasks, gating the page it extracted', async () => {
    const h = harness('unrelated');
    const order: string[] = [];
    const extracted: ExtractedPage = { blocks: [], meta: {} };
    let gatedPage: ExtractedPage | undefined;
    const deps = (h.session as unknown as { deps: SessionDeps }).deps;
    const gate = deps.gate;
    deps.extract = () => (order.push('extract'), extracted);
    deps.nextTask = async () => void order.push('task');
    deps.gate = (page) => (order.push('gate'), (gatedPage = page), gate(page));
    await h.session.start();
    await h.settle();
    expect(order).toEqual(['task', 'extract', 'task', 'gate']);
    expect(gatedPage).toBe(extracted);
  });

  it('on an unrelated page: one gate, one report, no badges script; notes asked for only if the page has any', async () => {
    const h = harness('unrelated');
    await h.session.start();
    await h.settle();
    expect(h.log.gates).toBe(1);
    expect(h.log.loads).toEqual(['notes?notes']);
    expect(h.log.reports).toEqual([
      { relevant: false, score: 0, reason: 'low-score', badges: 0, figures: 0, liveBatches: 0, liveBusyMs: 0 },
    ]);
  });

  it('on a relevant page, loads the badges script; a near miss is not reported until the badges feature decides', async () => {
    const relevant = harness('relevant');
    await relevant.session.start();
    await relevant.settle();
    expect(relevant.log.loads).toContain('badges');
    expect(relevant.log.reports).toHaveLength(1);

    const near = harness('near');
    const badges = recorder('badges');
    near.features.set('badges', badges.feature);
    await near.session.start();
    await near.settle();
    expect(near.log.loads).toContain('badges');
    expect(badges.starts).toHaveLength(1);
    expect(near.log.reports).toEqual([]);
  });

  it('does nothing while ClaimLens is off on the page, and starts when it is turned on', async () => {
    const off = harness('relevant', { active: false });
    await off.session.start();
    await off.settle();
    expect(off.log.gates).toBe(0);
    expect(off.log.reports).toEqual([]);
    off.settingsChange(settings(true));
    await off.settle();
    expect(off.log.gates).toBe(1);
  });

  it('gates an unrelated page again only once 600 characters have arrived, and loads badges if it became relevant', async () => {
    const h = harness('unrelated');
    await h.session.start();
    await h.settle();
    h.pageChange(REGATE_AFTER_CHARS - 1);
    expect(h.log.gates).toBe(1);
    h.setVerdict('relevant');
    h.pageChange(1);
    await h.settle();
    expect(h.log.gates).toBe(2);
    expect(h.log.loads).toContain('badges');
  });
  it('reads, walks, normalises and gates a very long page in four tasks, and a short one in two', async () => {
    const long = harness('relevant', {
      walk: true,
      extracted: { blocks: [{ text: `Long ${'x'.repeat(PREPARE_APART_CHARS)}`, kind: 'body' }], meta: {} },
    });
    await long.session.start();
    await long.settle();
    expect(long.log.steps).toEqual(['task', 'extract', 'task', 'walk', 'task', 'prepare', 'task', 'gate with Long ']);
    // A walk in slices (lib/dom/extract.ts extractPageInSlices): one slice per task until it gives the page.
    const sliced = harness('relevant', { walk: 3, extracted: { blocks: [{ text: 'Short text', kind: 'body' }], meta: {} } });
    await sliced.session.start();
    await sliced.settle();
    expect(sliced.log.steps).toEqual(['task', 'extract', 'task', 'walk', 'task', 'walk', 'task', 'walk', 'task', 'gate']);
    const short = harness('relevant', { extracted: { blocks: [{ text: 'Short text', kind: 'body' }], meta: {} } });
    await short.session.start();
    await short.settle();
    expect(short.log.steps).toEqual(['task', 'extract', 'task', 'gate']);
  });

  it('gates a very long page on its head first: a relevant head is annotated, the rest left to the badges feature', async () => {
    const block = (word: string) => ({ text: `${word} ${'x'.repeat(HEAD_CHARS * 0.8)}`, kind: 'body' as const });
    const long: ExtractedPage = { blocks: [block('Head'), block('Next'), block('Tail')], meta: {} };
    const relevantHead = harness('relevant', { extracted: long, verdictOf: () => 'relevant' });
    relevantHead.session.add({ id: 'badges', when: () => true, init: () => undefined });
    await relevantHead.session.start();
    await relevantHead.settle();
    // One gate, of the head (its first two blocks): the whole page is never normalised at once.
    expect(relevantHead.log.steps).toEqual(['task', 'extract', 'task', 'prepare', 'task', 'gate with Head ']);
    expect(relevantHead.session.page?.blocks.map((b) => b.text.slice(0, 4))).toEqual(['Head', 'Next']);
    expect(relevantHead.session.rest?.blocks.map((b) => b.text.slice(0, 4))).toEqual(['Tail']);
    expect(relevantHead.log.reports.map((r) => r.reason)).toEqual(['relevant']);
    // A head that is not relevant decides nothing: the whole page is gated, and there is no rest.
    const wholeOnly = harness('relevant', { extracted: long, verdictOf: (page) => (page.blocks.length === 3 ? 'relevant' : 'unrelated') });
    await wholeOnly.session.start();
    await wholeOnly.settle();
    expect(wholeOnly.log.steps).toEqual([
      'task',
      'extract',
      'task',
      'prepare',
      'task',
      'gate with Head ',
      'prepare',
      'task',
      'gate with Head ',
    ]);
    expect(wholeOnly.session.page?.blocks).toHaveLength(3);
    expect(wholeOnly.session.rest).toBeNull();
    expect(wholeOnly.log.reports.map((r) => r.reason)).toEqual(['relevant']);
    expect(wholeOnly.log.loads).toContain('badges');
    // A gate of the whole page later (a settings change) leaves no rest behind.
    relevantHead.settingsChange(settings(true, 'all'));
    await relevantHead.settle();
    expect(relevantHead.session.rest).toBeNull();
  });

  it('loads gate.js only for a page whose first read found a word of a name, before its walk', async () => {
    const named = harness('relevant', {
      walk: true,
      road: { loads: true },
      extracted: { blocks: [{ text: 'Torkham', kind: 'body' }], meta: {} },
    });
    await named.session.start();
    await named.settle();
    expect(named.log.steps).toEqual(['task', 'extract', 'upgrade', 'task', 'walk', 'task', 'gate']);
    expect(named.log.loads).toContain('badges');
    // Turned down by the first read: no gate.js, and the verdict is the first read's.
    const nobody = harness('nobody', { road: { loads: true }, extracted: { blocks: [], meta: {} } });
    await nobody.session.start();
    await nobody.settle();
    expect(nobody.log.steps).toEqual(['task', 'extract', 'task', 'gate']);
    expect(nobody.log.reports.map((r) => r.reason)).toEqual(['no-mention']);
    // gate.js could not be loaded (the extension went away): no walk, no gate, no report.
    const gone = harness('relevant', {
      walk: true,
      road: { loads: false },
      extracted: { blocks: [{ text: 'Torkham', kind: 'body' }], meta: {} },
    });
    await gone.session.start();
    await gone.settle();
    expect(gone.log.steps).toEqual(['task', 'extract', 'upgrade']);
    expect(gone.log.reports).toEqual([]);
  });

  it('gates a page that named nobody again once its new text names someone, after loading gate.js', async () => {
    const h = harness('nobody', { road: { loads: true }, names: () => true });
    await h.session.start();
    await h.settle();
    expect(h.log.gates).toBe(1);
    h.setVerdict('relevant');
    h.pageChange(REGATE_AFTER_CHARS, [{ textContent: 'Trucks queued at Torkham.' } as Node]);
    await h.settle();
    expect(h.log.steps.slice(-3)).toEqual(['gate needs gate.js', 'upgrade', 'gate']);
    expect(h.log.gates).toBe(2);
    expect(h.log.reports.at(-1)?.reason).toBe('relevant');
    expect(h.log.loads).toContain('badges');
  });

  it('does not read a page that named nobody again while its new text names nobody either', async () => {
    const named = new Set<string>();
    const asked: string[] = [];
    const h = harness('nobody', {
      names: (changed) => {
        const text = changed.map((n) => n.textContent).join(' ');
        asked.push(text);
        return [...named].some((name) => text.includes(name));
      },
    });
    await h.session.start();
    await h.settle();
    const para = (text: string) => ({ textContent: text }) as Node;
    named.add('Torkham');
    h.pageChange(REGATE_AFTER_CHARS * 3, [para('Markets rallied on Tuesday.')]);
    h.pageChange(REGATE_AFTER_CHARS * 3, [para('The weather stays dry.')]);
    expect(asked).toEqual(['Markets rallied on Tuesday.', 'The weather stays dry.']);
    expect(h.log.gates).toBe(1);
    // Once new text names someone, the page is gated again as before: after 600 characters since the last gate,
    // counting the text that named nobody, and without asking again.
    h.setVerdict('relevant');
    h.pageChange(1, [para('Trucks queued at Torkham.')]);
    expect(h.log.gates).toBe(2);
    expect(asked).toHaveLength(3);
    h.setVerdict('nobody');
    h.pageChange(REGATE_AFTER_CHARS - 1, [para('More on the weather.')]);
    expect(h.log.gates).toBe(2);
    h.pageChange(REGATE_AFTER_CHARS - 1, [para('Sport.')]);
    expect(h.log.gates).toBe(3);
    expect(asked).toHaveLength(3);
    // The third gate found nobody again: new text is asked about again.
    h.pageChange(REGATE_AFTER_CHARS * 2, [para('Later.')]);
    expect(asked).toHaveLength(4);
    expect(h.log.gates).toBe(3);
  });

  it('asks nothing of new text on a page that named someone but was not let through: its verdict may still change', async () => {
    const h = harness('unrelated', { names: () => false });
    await h.session.start();
    await h.settle();
    h.pageChange(REGATE_AFTER_CHARS, [{ textContent: 'A ceasefire held.' } as Node]);
    expect(h.log.gates).toBe(2);
  });
});

describe('PageSession: features', () => {
  it('runs a registered feature, aborts and restarts it on a settings change, and stops it when turned off', async () => {
    const h = harness('relevant');
    const badges = recorder('badges');
    h.features.set('badges', badges.feature);
    await h.session.start();
    await h.settle();
    expect(badges.starts).toHaveLength(1);
    h.settingsChange(settings(true, 'figures'));
    expect(badges.starts[0]!.aborted).toBe(true);
    await h.settle();
    expect(badges.starts).toHaveLength(2);
    // The page is read again before the restart: the feature's old marks were removed and their text nodes re-joined.
    expect(h.log.gates).toBe(2);
    h.settingsChange(settings(false));
    expect(badges.starts[1]!.aborted).toBe(true);
    expect(badges.starts).toHaveLength(2);
    expect(h.log.reports.at(-1)).toMatchObject({ reason: 'disabled', badges: 0 });
    h.lifetime.abort();
    h.settingsChange(settings(true));
    await h.settle();
    expect(badges.starts).toHaveLength(2);
  });

  it('leaves the page alone on a change that draws it the same way: a rule for another site, the switch a site rule overrides', async () => {
    const h = harness('relevant');
    const badges = recorder('badges');
    h.features.set('badges', badges.feature);
    await h.session.start();
    await h.settle();
    expect(badges.starts).toHaveLength(1);
    const on = settings(true);
    h.settingsChange({ ...on, siteRules: { allow: [], block: ['other.example'] } });
    h.settingsChange({ ...on, enabled: false, siteRules: { allow: ['news.example'], block: ['other.example'] } });
    await h.settle();
    // Every open tab hears every change: this one neither redrew (its badges would flicker) nor read the page again.
    expect(badges.starts).toHaveLength(1);
    expect(badges.starts[0]!.aborted).toBe(false);
    expect(h.log.gates).toBe(1);
    // A column turned off draws it differently.
    h.settingsChange({ ...on, claimantColumns: { ...on.claimantColumns, independent: false } });
    expect(badges.starts[0]!.aborted).toBe(true);
  });

  it("use() loads a feature's script once and hands out its API; a feature whose rule says no gives none", async () => {
    const h = harness('unrelated');
    const notes = recorder('notes');
    h.features.set('notes', notes.feature);
    await h.session.start();
    await h.settle();
    const [a, b] = await Promise.all([h.session.use<{ ping(): string }>('notes'), h.session.use<{ ping(): string }>('notes')]);
    expect(a?.ping()).toBe('notes 1');
    expect(b).toBe(a);
    expect(h.log.loads.filter((l) => l === 'notes')).toHaveLength(1);

    const frame = harness('unrelated', { top: false });
    frame.features.set('notes', recorder('notes', (s) => s.isTopFrame).feature);
    await frame.session.start();
    expect(await frame.session.use('notes')).toBeUndefined();
  });

  it('hands page changes to a feature that follows them (no re-gate), and back to the session when it ends', async () => {
    const h = harness('relevant');
    const seen: Node[][] = [];
    const follower: Feature = {
      id: 'badges',
      when: () => true,
      init: (signal, session) => session.onPageChange((changed) => seen.push(changed), signal),
    };
    h.features.set('badges', follower);
    await h.session.start();
    await h.settle();
    const node = {} as Node;
    h.pageChange(5000, [node]);
    expect(seen).toEqual([[node]]);
    expect(h.log.gates).toBe(1);
    h.settingsChange(settings(false));
    h.settingsChange(settings(true));
    expect(h.log.gates).toBe(2);
  });

  it('sums what the features contribute into the one report', async () => {
    const h = harness('relevant');
    const feature: Feature = {
      id: 'badges',
      when: () => true,
      init: (_signal, session) => session.contribute('badges', () => ({ badges: 3, figures: 1 })),
    };
    const notes: Feature = { id: 'notes', when: () => true, init: (_s, session) => session.contribute('notes', () => ({ notesShown: 2 })) };
    h.features.set('badges', feature);
    await h.session.start();
    await h.settle();
    h.session.add(notes);
    await h.settle();
    h.session.report();
    expect(h.log.reports.at(-1)).toMatchObject({ relevant: true, badges: 3, figures: 1, notesShown: 2 });
  });
});

describe('the session slot and its lifetime', () => {
  it('one live session per frame, freed when it ends', () => {
    const first = harness('unrelated');
    const second = harness('unrelated');
    expect(first.session.claimSlot()).toBe(true);
    expect(second.session.claimSlot()).toBe(false);
    expect(findSession()).toBe(first.session);
    first.lifetime.abort();
    expect(findSession()).toBeUndefined();
    expect(second.session.claimSlot()).toBe(true);
    second.lifetime.abort();
  });

  it('a failed message ends the session only when the extension is gone', () => {
    let alive = true;
    const lifetime = new AbortController();
    const ended = endsWhenExtensionGone(lifetime, () => alive);
    ended(new Error('Could not establish connection. Receiving end does not exist.'));
    ended(new Error('the background refused'));
    expect(lifetime.signal.aborted).toBe(false);
    ended(new Error('Extension context invalidated.'));
    expect(lifetime.signal.aborted).toBe(true);

    const second = new AbortController();
    const endedToo = endsWhenExtensionGone(second, () => alive);
    alive = false;
    endedToo(new Error('No response'));
    expect(second.signal.aborted).toBe(true);
  });
});
