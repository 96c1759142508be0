import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { NOTE_POLICIES, NotesBackground } from '../../../lib/background/notes';
import { requestSchemas, checkSender, RejectedMessageError } from '../../../lib/messages';
import { openClaimLensDb } from '../../../lib/notes/db';
import { NoteStore } from '../../../lib/notes/store';
import type { NotesChannelMessage } from '../../../lib/notes/protocol';

let seq = 0;
function setup() {
  const name = `claimlens-bg-test-${Date.now()}-${seq++}`;
  const map = new Map<string, unknown>();
  const told: { tabId: number; name: string; data: unknown }[] = [];
  const announced: NotesChannelMessage[] = [];
  const bg = new NotesBackground({
    store: new NoteStore(() => openClaimLensDb(name)),
    session: { get: async (k) => map.get(k), set: async (k, val) => void map.set(k, val), remove: async (k) => void map.delete(k) },
    toTab: async (tabId, _frameId, msg, data) => {
      told.push({ tabId, name: msg, data });
      return { ok: true } as never;
    },
    announce: (m) => announced.push(m),
  });
  return { bg, told, announced };
}

const page = { tabId: 7, frameId: 0, url: 'https://news.example/story?utm_medium=x#p2' };
const quote = { type: 'TextQuoteSelector' as const, exact: 'the crossing stayed closed', prefix: 'said ', suffix: ' on' };

describe('notes in the background', () => {
  it('a content script gets ids and selectors of its own page, never the text', async () => {
    const { bg, announced, told } = setup();
    const { draftId } = await bg.noteDraft({ title: 'Story', quote, position: { type: 'TextPositionSelector', start: 5, end: 31 } }, page);
    const saved = await bg.noteSave(
      { draftId, text: 'SECRET note text', tags: ['t'] },
      { tabId: 7, url: 'chrome-extension://x/note-editor.html' },
    );
    expect(saved.status).toBe('saved');
    expect(announced).toEqual([{ type: 'changed', ids: [(saved as { id: string }).id] }]);
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

  it('an editor in another tab cannot save a draft', async () => {
    const { bg } = setup();
    const { draftId } = await bg.noteDraft({ title: 'T', quote }, page);
    expect(await bg.noteSave({ draftId, text: 'x', tags: [] }, { tabId: 99, url: 'chrome-extension://x/note-editor.html' })).toMatchObject({
      status: 'error',
    });
    expect(await bg.noteSave({ draftId: 'ffffffff-0000', text: 'x', tags: [] }, {})).toMatchObject({ status: 'error' });
  });

  it('a content script may only flag placement of its own page’s notes', async () => {
    const { bg } = setup();
    const { draftId } = await bg.noteDraft({ title: 'T', quote }, page);
    const saved = (await bg.noteSave({ draftId, text: 'x', tags: [] }, {})) as { id: string };
    expect((await bg.notesPlacement({ placed: [], orphaned: [saved.id] }, { ...page, url: 'https://other.example/' })).changed).toBe(0);
    expect((await bg.notesPlacement({ placed: [], orphaned: [saved.id] }, page)).changed).toBe(1);
    expect((await bg.store.get(saved.id))?.orphan).toBe(true);
  });

  it('undo restores a deleted note, with its fingerprint recomputed rather than trusted', async () => {
    const { bg } = setup();
    const { draftId } = await bg.noteDraft({ title: 'T', quote }, page);
    const saved = (await bg.noteSave({ draftId, text: 'x', tags: [] }, {})) as { id: string };
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
