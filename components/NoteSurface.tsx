import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import { inert } from '@/lib/notes/inert-text';
import { NOTE_SURFACE_PORT, NOTES_CHANNEL, type NoteDraft, type NoteSurfaceHello, type NotesChannelMessage } from '@/lib/notes/protocol';
import { NoteEditor } from './NoteEditor';

export type SurfaceKind = NoteSurfaceHello['kind'];

/** One page, three places: a window opened for one tab (?tab=), Firefox's sidebar, Chrome's side panel. */
export function surfaceOfPage(search: string, hasSidebar: boolean): { kind: SurfaceKind; tabId: number | null } {
  const named = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  const tabId = Number.isInteger(named) && named >= 0 ? named : null;
  return { kind: tabId !== null ? 'window' : hasSidebar ? 'sidebar' : 'sidepanel', tabId };
}

/**
 * The tab a surface shows: a window opened for one tab names it; a side panel, a sidebar and the popup follow
 * the active tab of their own window.
 */
function useShownTab(kind: SurfaceKind, fixedTabId: number | null): { tabId: number | null; windowId: number | null } {
  const [shown, setShown] = useState<{ tabId: number | null; windowId: number | null }>({ tabId: fixedTabId, windowId: null });
  useEffect(() => {
    if (fixedTabId !== null) return setShown({ tabId: fixedTabId, windowId: null });
    let windowId: number | null = null;
    const update = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
      windowId = tab?.windowId ?? null;
      setShown({ tabId: tab?.id ?? null, windowId });
    };
    void update();
    if (kind === 'popup') return;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === null || info.windowId === windowId) setShown({ tabId: info.tabId, windowId: info.windowId });
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [kind, fixedTabId]);
  return shown;
}

/**
 * Keeps a port open to the background while the surface lives, saying what it shows. The background knows from
 * it that a surface is open (no second one is opened), and ends the draft when the port closes while showing it
 * (the reader closed the window or the panel). A stopped service worker drops the port: connect again.
 */
function useSurfacePort(hello: NoteSurfaceHello & { draftId?: string }): void {
  const portRef = useRef<ReturnType<typeof browser.runtime.connect> | null>(null);
  const helloRef = useRef(hello);
  helloRef.current = hello;
  useEffect(() => {
    let closed = false;
    const connect = () => {
      if (closed) return;
      const port = browser.runtime.connect({ name: NOTE_SURFACE_PORT });
      portRef.current = port;
      port.onDisconnect.addListener(() => {
        if (portRef.current === port) portRef.current = null;
        setTimeout(connect, 200);
      });
      port.postMessage(helloRef.current);
    };
    connect();
    return () => {
      closed = true;
      portRef.current?.disconnect();
    };
  }, []);
  useEffect(() => {
    portRef.current?.postMessage(hello);
  }, [hello.kind, hello.tabId, hello.windowId, hello.draftId]);
}

export interface NoteSurfaceProps {
  kind: SurfaceKind;
  /** The tab named in the address (a window opened for one tab); otherwise the active tab is followed. */
  tabId?: number | null;
  /** In the popup the surface shows only while there is a draft; the list below is the rest. */
  compact?: boolean;
  onSaved?(): void;
}

/**
 * Where a note is typed: the side panel, the sidebar, a small extension window or the popup. All are
 * extension pages the web page can neither see nor draw over; the note text goes from here to the background
 * and IndexedDB, never through the page.
 */
export function NoteSurface({ kind, tabId: fixedTabId = null, compact = false, onSaved }: NoteSurfaceProps) {
  const { tabId, windowId } = useShownTab(kind, fixedTabId);
  const [draft, setDraft] = useState<NoteDraft | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [version, setVersion] = useState(0);

  useSurfacePort({ kind, tabId, windowId, ...(draft ? { draftId: draft.draftId } : {}) });

  const shownDraft = useRef<string | null>(null);
  useEffect(() => {
    if (tabId === null) return setDraft(null);
    let live = true;
    void sendMessage('noteDraftForTab', { tabId })
      .catch(() => null)
      .then((d) => {
        if (!live) return;
        // A window is opened for a note: once the tab has none left (saved or cancelled elsewhere), it goes.
        if (kind === 'window' && shownDraft.current && !d) return window.close();
        shownDraft.current = d?.draftId ?? null;
        setDraft(d);
        if (d) setSaved(false);
      });
    return () => {
      live = false;
    };
  }, [tabId, version]);

  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const channel = new BroadcastChannel(NOTES_CHANNEL);
    channel.onmessage = (e: MessageEvent<NotesChannelMessage>) => {
      if (e.data?.type === 'draft' && e.data.tabId === tabId) setVersion((n) => n + 1);
    };
    return () => channel.close();
  }, [tabId]);

  const finish = () => {
    if (kind === 'window') window.close();
  };

  const cancel = () => {
    if (draft) void sendMessage('noteEditorClose', { draftId: draft.draftId }).catch(() => {});
    setDraft(null);
    finish();
  };

  const save = async (text: string, tags: string[]) => {
    if (!draft) return;
    setBusy(true);
    setError(null);
    const result = await sendMessage('noteSave', { draftId: draft.draftId, text, tags }).catch((e: Error) => ({
      status: 'error' as const,
      message: e.message,
    }));
    setBusy(false);
    if (result.status === 'error') return setError(result.message);
    setSaved(true);
    setDraft(null);
    onSaved?.();
    finish();
  };

  if (compact && !draft && !saved) return null;
  return (
    <section class={`note-surface note-surface-${kind}`} data-testid="note-surface" data-kind={kind} data-tab={tabId ?? ''}>
      <header class="note-frame-head">
        <strong>{t('noteFrameTitle')}</strong>
        {draft && (
          <button type="button" class="icon-btn" aria-label={t('close')} onClick={cancel} data-testid="note-surface-close">
            ×
          </button>
        )}
      </header>
      {draft === undefined && <p class="muted">{t('loading')}</p>}
      {draft && (
        <>
          {draft.title && (
            <p class="note-page-title muted" dir="auto" data-testid="note-surface-title">
              {inert(draft.title)}
            </p>
          )}
          <NoteEditor
            key={draft.draftId}
            quote={draft.quote?.exact}
            claimId={draft.claimId}
            busy={busy}
            error={error}
            onSave={(text, tags) => void save(text, tags)}
            onCancel={cancel}
          />
        </>
      )}
      {saved && (
        <p class="note-saved" role="status" data-testid="note-saved">
          {t('noteSaved')}
        </p>
      )}
      {draft === null && !saved && !compact && (
        <p class="muted" data-testid="note-surface-idle">
          {t('noteSurfaceIdle')}
        </p>
      )}
    </section>
  );
}
