import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { NOTE_POLICIES, NotesBackground } from '../../../lib/background/notes';
import { requestSchemas, checkSender, RejectedMessageError } from '../../../lib/messages';
import { openClaimLensDb } from '../../../lib/notes/db';
import { NoteStore } from '../../../lib/notes/store';
import type { NoteSurface, NotesChannelMessage } from '../../../lib/notes/protocol';
import type { SurfaceTarget } from '../../../lib/background/note-surface';

let seq = 0;
function setup(surface: NoteSurface = 'sidepanel') {
  const name = `claimlens-bg-test-${Date.now()}-${seq++}`;
  const map = new Map<string, unknown>();
  const told: { tabId: number; name: string; data: unknown }[] = [];
  const announced: NotesChannelMessage[] = [];
  const opened: SurfaceTarget[] = [];
  const bg = new NotesBackground({
    openSurface: async (target) => (opened.push(target), surface),
    store: new NoteStore(() => openClaimLensDb(name)),
    session: { get: async (k) => map.get(k), set: async (k, val) => void map.set(k, val), remove: async (k) => void map.delete(k) },
    toTab: async (tabId, _frameId, msg, data) => {
      told.push({ tabId, name: msg, data });
      return { ok: true } as never;
    },
    announce: (m) => announced.push(m),
  });
  return { bg, told, announced, opened };
}

const page = { tabId: 7, frameId: 0, url: 'https://news.example/story?utm_medium=x#p2' };
const quote = { type: 'TextQuoteSelector' as const, exact: 'the crossing stayed closed', prefix: 'said ', suffix: ' on' };

describe('notes in the background', () => {
  it('a content script gets ids and selectors of its own page, never the text', async () => {
    const { bg, announced, told } = setup();
    const { draftId } = await bg.noteDraft({ title: 'Story', quote, position: { type: 'TextPositionSelector', start: 5, end: 31 } }, page);
    const saved = await bg.noteSave({ draftId, text: 'SECRET note text', tags: ['t'] });
    expect(saved.status).toBe('saved');
    expect(announced).toContainEqual({ type: 'changed', ids: [(saved as { id: string }).id] });
    expect(told).toContainEqual({ tabId: 7, name: 'notesChanged', data: {} });

    const reply = await bg.notesForPage({}, { ...page, url: 'https://news.example/story' });
    expect(reply.anchors).toHaveLength(1);
    expect(JSON.stringify(reply)).not.toContain('SECRET');
    expect(Object.keys(reply.anchors[0]!).sort()).toEqual(['id', 'position', 'quote']);
    // Another page asking gets nothing, whatever it claims in the payload (there is no payload to claim with).
    expect((await bg.notesForPage({}, { ...page, url: 'https://evil.example/story' })).anchors).toEqual([]);
  });

  it('the page address comes from the sender, and only web pages get drafts', async () => {
    const { bg } = setup();
    const { draftId } = await bg.noteDraft({ title: 'T', quote }, page);
    expect((await bg.noteDraftGet({ draftId }))?.url).toBe('https://news.example/story');
    await expect(bg.noteDraft({ title: 'T', quote }, { tabId: 1, url: 'file:///etc/passwd' })).rejects.toThrow(/web pages/);
    await expect(bg.noteDraft({ title: 'T' }, page)).rejects.toThrow(/Select some text/);
  });

  it('a draft opens the note surface and says which; the surface reads it by tab; saving ends it', async () => {
    const { bg, told, opened, announced } = setup('window');
    const reply = await bg.noteDraft({ title: 'T', quote }, { ...page, windowId: 3 });
    expect(reply.surface).toBe('window');
    expect(opened).toEqual([{ tabId: 7, windowId: 3 }]);
    expect(announced).toContainEqual({ type: 'draft', tabId: 7 });
    expect((await bg.noteDraftForTab({ tabId: 7 }))?.draftId).toBe(reply.draftId);
    expect(await bg.noteDraftForTab({ tabId: 8 })).toBeNull();
    expect(await bg.noteSave({ draftId: reply.draftId, text: 'x', tags: [] })).toMatchObject({ status: 'saved' });
    // The tab hears both: redraw its notes, and drop the draft highlight.
    expect(told).toContainEqual({ tabId: 7, name: 'notesChanged', data: {} });
    expect(told).toContainEqual({ tabId: 7, name: 'noteEditorClosed', data: { draftId: reply.draftId } });
    expect(await bg.noteDraftForTab({ tabId: 7 })).toBeNull();
    expect(await bg.noteSave({ draftId: 'ffffffff-0000', text: 'x', tags: [] })).toMatchObject({ status: 'error' });
  });

  it('one draft per tab: a new one ends the last; a surface opened first (menu, command, popup) is not opened twice', async () => {
    const { bg, told, opened } = setup();
    const first = await bg.noteDraft({ title: 'T', quote }, page);
    const second = await bg.noteDraft({ title: 'T', quote }, page);
    expect(told).toContainEqual({ tabId: 7, name: 'noteEditorClosed', data: { draftId: first.draftId } });
    expect(await bg.noteDraftGet({ draftId: first.draftId })).toBeNull();
    expect((await bg.noteDraftForTab({ tabId: 7 }))?.draftId).toBe(second.draftId);
    expect(opened).toHaveLength(2);

    // The popup's button: the popup is the surface, nothing is opened, and the draft reports 'popup'.
    let answer: NoteSurface | undefined;
    const bg2 = new NotesBackground({
      store: bg.store,
      session: { get: async () => undefined, set: async () => {}, remove: async () => {} },
      openSurface: async (target) => (opened.push(target), 'window'),
      toTab: async (tabId) => {
        answer = (await bg2.noteDraft({ title: 'T', quote }, { ...page, tabId })).surface;
        return { started: true } as never;
      },
      announce: () => {},
    });
    expect(await bg2.noteStartInTab({ tabId: 7, here: true })).toEqual({ started: true });
    expect(answer).toBe('popup');
    expect(opened).toHaveLength(2);
  });

  it('cancelling ends the draft; the tab clears its highlight', async () => {
    const { bg, told } = setup();
    const { draftId } = await bg.noteDraft({ title: 'T', quote }, page);
    expect(await bg.noteEditorClose({ draftId })).toEqual({ ok: true });
    expect(told).toContainEqual({ tabId: 7, name: 'noteEditorClosed', data: { draftId } });
    expect(await bg.noteEditorClose({ draftId })).toEqual({ ok: false });
  });

  it('a content script may only flag placement of its own page’s notes', async () => {
    const { bg } = setup();
    const { draftId } = await bg.noteDraft({ title: 'T', quote }, page);
    const saved = (await bg.noteSave({ draftId, text: 'x', tags: [] })) as { id: string };
    expect((await bg.notesPlacement({ placed: [], orphaned: [saved.id] }, { ...page, url: 'https://other.example/' })).changed).toBe(0);
    expect((await bg.notesPlacement({ placed: [], orphaned: [saved.id] }, page)).changed).toBe(1);
    expect((await bg.store.get(saved.id))?.orphan).toBe(true);
  });

  it('undo restores a deleted note, with its fingerprint recomputed rather than trusted', async () => {
    const { bg } = setup();
    const { draftId } = await bg.noteDraft({ title: 'T', quote }, page);
    const saved = (await bg.noteSave({ draftId, text: 'x', tags: [] })) as { id: string };
    const { note } = await bg.noteDelete({ id: saved.id });
    expect(await bg.store.count()).toBe(0);
    expect(await bg.noteRestore({ note: { ...note!, fingerprint: 'forged' } })).toMatchObject({ status: 'saved', id: saved.id });
    expect((await bg.store.get(saved.id))?.fingerprint).toBe(note!.fingerprint);
  });

  it('every note message that carries note text is for extension pages only', () => {
    const carriesText = (name: string) =>
      /text|note\b|fileText/.test(
        JSON.stringify(Object.keys((requestSchemas as unknown as Record<string, v.ObjectSchema<any, any>>)[name]!.entries)),
      );
    for (const [name, policy] of Object.entries(NOTE_POLICIES)) {
      if (carriesText(name)) expect([name, policy]).toEqual([name, 'extension-page']);
    }
    expect(NOTE_POLICIES.notesForPage).toBe('content-script');
    // And the check itself: a content script (a tab, a web URL) is refused for an extension-page message.
    expect(() =>
      checkSender({ id: 'me', url: 'https://news.example/', tab: { id: 3 } }, 'me', 'chrome-extension://me/', 'extension-page'),
    ).toThrow(RejectedMessageError);
  });

  it('validates payloads: huge or ill-typed note text is refused before any handler runs', () => {
    expect(v.safeParse(requestSchemas.noteUpdate, { id: 'a', text: 'x'.repeat(20_001), tags: [] }).success).toBe(false);
    expect(v.safeParse(requestSchemas.noteSave, { draftId: 'not a draft', text: 'x', tags: [] }).success).toBe(false);
    expect(v.safeParse(requestSchemas.notesForPage, { url: 'https://victim.example/' }).success).toBe(false);
  });
});
