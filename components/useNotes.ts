import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messages';
import type { Note } from '@/lib/notes/model';
import { NOTES_CHANNEL, type NotesChannelMessage } from '@/lib/notes/protocol';
import { NoteStore } from '@/lib/notes/store';
import { NotesModel } from '@/lib/notes/view';

/** Enough rows to fill the list at once; the rest load after the first paint. */
const FIRST_PAINT_NOTES = 40;

export type Phase = 'loading' | 'partial' | 'full';
export const FIRST_RENDER_MARK = 'claimlens:popup-first-render';

const afterPaint = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

/**
 * The popup's notes: read straight from IndexedDB (an extension page, so fast and never through a page),
 * newest first for the first paint and the rest after it, kept live by the notes channel. Every write goes
 * through the background, the single writer, which also tells open tabs.
 */
export function useNotes() {
  const store = useMemo(() => new NoteStore(), []);
  const [model, setModel] = useState(() => new NotesModel());
  const [version, setVersion] = useState(0);
  const [phase, setPhase] = useState<Phase>('loading');
  const modelRef = useRef(model);
  modelRef.current = model;
  const bump = () => setVersion((n) => n + 1);

  const loadAll = useCallback(async () => {
    const all = await store.all();
    const next = new NotesModel();
    // In slices, so a keystroke during the build is still answered.
    for (let i = 0; i < all.length; i += 1000) {
      for (const n of all.slice(i, i + 1000)) next.upsert(n);
      if (i + 1000 < all.length) await new Promise((ok) => setTimeout(ok, 0));
    }
    setModel(next);
    setPhase('full');
    bump();
  }, [store]);

  useEffect(() => {
    void (async () => {
      // One more than we show tells whether there is more, without count(): that walks the whole store.
      const newest = await store.newest(FIRST_PAINT_NOTES + 1);
      performance.mark('claimlens:popup-data');
      const more = newest.length > FIRST_PAINT_NOTES;
      setModel(new NotesModel(newest.slice(0, FIRST_PAINT_NOTES)));
      setPhase(more ? 'partial' : 'full');
      bump();
      await afterPaint();
      performance.mark(FIRST_RENDER_MARK);
      if (more) await loadAll();
    })();
  }, [store, loadAll]);

  // Live: a note saved in a surface, or changed in another popup, shows up here.
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const channel = new BroadcastChannel(NOTES_CHANNEL);
    channel.onmessage = async (e: MessageEvent<NotesChannelMessage>) => {
      const message = e.data;
      if (!message || message.type !== 'changed' || !Array.isArray(message.ids)) return;
      if (message.all) return void loadAll();
      for (const id of message.ids.slice(0, 1000)) {
        if (typeof id !== 'string') continue;
        const note = await store.get(id);
        if (note) modelRef.current.upsert(note);
        else modelRef.current.remove(id);
      }
      bump();
    };
    return () => channel.close();
  }, [store, loadAll]);

  const remove = async (id: string): Promise<Note | null> => {
    const { note } = await sendMessage('noteDelete', { id });
    model.remove(id);
    bump();
    return note;
  };

  const restore = async (note: Note): Promise<string | null> => {
    const result = await sendMessage('noteRestore', { note });
    if (result.status === 'error') return result.message;
    model.upsert(note);
    bump();
    return null;
  };

  const update = async (id: string, text: string, tags: string[]): Promise<string | null> => {
    const result = await sendMessage('noteUpdate', { id, text, tags });
    if (!result.ok) return result.message;
    model.upsert(result.note);
    bump();
    return null;
  };

  return { store, model, version, phase, loadAll, remove, restore, update };
}
