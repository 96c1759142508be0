import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import type { NoteDraft } from '@/lib/notes/protocol';
import { NoteEditor } from './NoteEditor';

/**
 * The editor page framed into a web page. It runs in the extension's origin: the page can neither
 * read its DOM nor hear its keystrokes. It knows its draft by the id in its address.
 */
export function NoteEditorFrame({ draftId }: { draftId: string }) {
  const [draft, setDraft] = useState<NoteDraft | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    sendMessage('noteDraftGet', { draftId }).then(setDraft, () => setDraft(null));
  }, [draftId]);

  const close = () => void sendMessage('noteEditorClose', { draftId }).catch(() => {});

  const save = async (text: string, tags: string[]) => {
    setBusy(true);
    setError(null);
    const result = await sendMessage('noteSave', { draftId, text, tags }).catch((e: Error) => ({
      status: 'error' as const,
      message: e.message,
    }));
    setBusy(false);
    if (result.status === 'error') return setError(result.message);
    setSaved(true);
    setTimeout(close, result.status === 'duplicate' ? 1200 : 500);
  };

  return (
    <main class="note-frame" data-testid="note-frame">
      <header class="note-frame-head">
        <strong>{t('noteFrameTitle')}</strong>
        <button type="button" class="icon-btn" aria-label={t('close')} onClick={close}>
          ×
        </button>
      </header>
      {draft === undefined && <p class="muted">{t('loading')}</p>}
      {draft === null && (
        <p class="note-error" role="alert">
          {t('noteDraftGone')}
        </p>
      )}
      {draft && !saved && (
        <NoteEditor
          quote={draft.quote?.exact}
          claimId={draft.claimId}
          busy={busy}
          error={error}
          onSave={(text, tags) => void save(text, tags)}
          onCancel={close}
        />
      )}
      {saved && (
        <p class="note-saved" role="status" data-testid="note-saved">
          {t('noteSaved')}
        </p>
      )}
    </main>
  );
}
