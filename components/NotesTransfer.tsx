import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatLocalDay } from '@/lib/dates';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import { formatNumber } from '@/lib/numbers';
import { backupState, lastExportItem, type LastExport } from '@/lib/notes/backup-reminder';
import type { Note } from '@/lib/notes/model';
import { openSealed, readSealed, sealExport, type SealedFile } from '@/lib/notes/sealed-export';
import { exportJson, exportMarkdown } from '@/lib/notes/transfer';

export interface Report {
  ok: boolean;
  text: string;
}

const MIN_PASSPHRASE = 8;

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Firefox closes a popup when a file picker opens; there, import runs in a tab. */
export function isToolbarPopup(): boolean {
  try {
    return (browser.extension.getViews?.({ type: 'popup' }) ?? []).includes(window);
  } catch {
    return false;
  }
}

/**
 * Export (JSON-LD, Markdown, or JSON sealed with a passphrase), import (plain or sealed), and the line that
 * says when a copy was last made. Notes exist only in this browser profile: the reminder after 30 days or 50
 * new notes is the only backup nudge, and it is local.
 */
export function NotesTransfer({
  notes,
  ready,
  onImported,
  onReport,
}: {
  notes: () => Note[];
  /** All notes are loaded (an export of half the store would be a silent loss). */
  ready: boolean;
  onImported(): void;
  onReport(report: Report): void;
}) {
  const [last, setLast] = useState<LastExport | null | undefined>(undefined);
  const [sealing, setSealing] = useState(false);
  const [sealError, setSealError] = useState<string | null>(null);
  const [pending, setPending] = useState<SealedFile | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const passRef = useRef<HTMLInputElement>(null);
  const pass2Ref = useRef<HTMLInputElement>(null);
  const openPassRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void lastExportItem.getValue().then(setLast, () => setLast(null));
    return lastExportItem.watch((value) => setLast(value));
  }, []);

  const all = ready ? notes() : [];
  const total = all.length;
  const state =
    last === undefined
      ? null
      : backupState(
          all.map((n) => n.created),
          last,
        );
  const day = () => new Date().toISOString().slice(0, 10);
  const exported = () => {
    const value = { at: Date.now() };
    setLast(value);
    void lastExportItem.setValue(value);
  };

  const exportAs = (kind: 'json' | 'md') => {
    if (kind === 'json')
      download(`claimlens-notes-${day()}.json`, 'application/ld+json', exportJson(all, browser.runtime.getManifest().version));
    else download(`claimlens-notes-${day()}.md`, 'text/markdown', exportMarkdown(all));
    exported();
  };

  const exportSealed = async () => {
    const pass = passRef.current?.value ?? '';
    if (pass.length < MIN_PASSPHRASE) return setSealError(t('passphraseTooShort', formatNumber(MIN_PASSPHRASE)));
    if (pass !== pass2Ref.current?.value) return setSealError(t('passphraseMismatch'));
    setBusy(true);
    setSealError(null);
    try {
      const text = await sealExport(exportJson(all, browser.runtime.getManifest().version), pass);
      download(`claimlens-notes-${day()}.sealed.json`, 'application/json', text);
      exported();
      setSealing(false);
    } catch (e) {
      setSealError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const importText = async (fileText: string) => {
    const report = await sendMessage('notesImport', { fileText }).catch((e: Error) => ({ ok: false, message: e.message }));
    onReport({ ok: report.ok, text: report.message });
    if (report.ok) onImported();
  };

  const chooseFile = async (file: File) => {
    const fileText = await file.text();
    let sealed: SealedFile | null;
    try {
      sealed = readSealed(fileText);
    } catch (e) {
      return onReport({ ok: false, text: (e as Error).message });
    }
    if (!sealed) return importText(fileText);
    // The passphrase is asked for here; the file's text never leaves this page until it is opened.
    setPending(sealed);
  };

  const openPending = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const plain = await openSealed(pending, openPassRef.current?.value ?? '');
      setPending(null);
      await importText(plain);
    } catch (e) {
      onReport({ ok: false, text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="notes-transfer">
      {state && total > 0 && (
        <p
          class={`backup-line${state.due ? ' due' : ''}`}
          role={state.due ? 'status' : undefined}
          data-testid="backup-line"
          data-due={String(state.due)}
        >
          {state.lastExportAt === null ? t('backupNever') : t('backupLast', formatLocalDay(state.lastExportAt))}
          {state.due && <> {t('backupReminder', formatNumber(state.newNotes))}</>}
        </p>
      )}
      <div class="notes-tools">
        <button type="button" class="btn" data-testid="export-json" disabled={!ready || total === 0} onClick={() => exportAs('json')}>
          {t('exportJson')}
        </button>
        <button type="button" class="btn" data-testid="export-md" disabled={!ready || total === 0} onClick={() => exportAs('md')}>
          {t('exportMarkdown')}
        </button>
        <button
          type="button"
          class="btn"
          data-testid="export-sealed"
          aria-expanded={sealing}
          disabled={!ready || total === 0}
          onClick={() => setSealing((s) => !s)}
        >
          {t('exportSealed')}
        </button>
        <button
          type="button"
          class="btn"
          data-testid="import"
          onClick={() => {
            if (isToolbarPopup() && navigator.userAgent.includes('Firefox'))
              void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
            else fileRef.current?.click();
          }}
        >
          {t('importNotes')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json,application/ld+json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void chooseFile(file);
          }}
        />
      </div>
      {sealing && (
        <form
          class="passphrase-form"
          data-testid="seal-form"
          onSubmit={(e) => {
            e.preventDefault();
            void exportSealed();
          }}
        >
          <p class="muted">{t('exportSealedHint')}</p>
          <input
            ref={passRef}
            type="password"
            autocomplete="new-password"
            aria-label={t('passphrase')}
            placeholder={t('passphrase')}
            data-testid="seal-pass"
          />
          <input
            ref={pass2Ref}
            type="password"
            autocomplete="new-password"
            aria-label={t('passphraseAgain')}
            placeholder={t('passphraseAgain')}
            data-testid="seal-pass2"
          />
          {sealError && (
            <p class="note-error" role="alert" data-testid="seal-error">
              {sealError}
            </p>
          )}
          <button type="submit" class="btn btn-primary" disabled={busy} data-testid="seal-go">
            {t('exportSealedGo')}
          </button>
        </form>
      )}
      {pending && (
        <form
          class="passphrase-form"
          data-testid="open-form"
          onSubmit={(e) => {
            e.preventDefault();
            void openPending();
          }}
        >
          <p>{t('importSealedHint')}</p>
          <input
            ref={openPassRef}
            type="password"
            autocomplete="off"
            aria-label={t('passphrase')}
            placeholder={t('passphrase')}
            data-testid="open-pass"
          />
          <div class="note-actions">
            <button type="button" class="btn" onClick={() => setPending(null)}>
              {t('noteCancel')}
            </button>
            <button type="submit" class="btn btn-primary" disabled={busy} data-testid="open-go">
              {t('importSealedGo')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
