import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { inert } from '@/lib/notes/inert-text';

export interface NoteEditorProps {
  /** The passage the note is on, shown read-only. */
  quote?: string;
  claimId?: string;
  initialText?: string;
  initialTags?: readonly string[];
  busy?: boolean;
  error?: string | null;
  saveLabel?: string;
  autoFocus?: boolean;
  onSave(text: string, tags: string[]): void;
  onCancel(): void;
}

/** Tags are data, not prose: written back with a Latin comma, which the parser reads in every language. */
const TAG_SEPARATOR = ', ';

export function parseTags(input: string): string[] {
  return (
    input
      // The Arabic comma too: Urdu, Pashto and Dari keyboards type it.
      .split(/[,\u060C\n]/)
      .map((tag) => tag.trim())
      .filter(Boolean)
  );
}

/**
 * The note form, used in the note surface (side panel, sidebar, window, popup) and to edit a note in the popup.
 * Ctrl/Cmd+Enter saves, Escape cancels. Text fields use dir="auto": a note in Urdu reads right to left.
 */
export function NoteEditor({
  quote,
  claimId,
  initialText = '',
  initialTags = [],
  busy,
  error,
  saveLabel = t('noteSave'),
  autoFocus = true,
  onSave,
  onCancel,
}: NoteEditorProps) {
  const [text, setText] = useState(initialText);
  const [tags, setTags] = useState(initialTags.join(TAG_SEPARATOR));
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, [autoFocus]);

  const save = () => {
    if (!busy) onSave(text, parseTags(tags));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };

  return (
    <form
      class="note-editor"
      data-testid="note-editor"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {quote && (
        <blockquote class="note-quote" dir="auto" data-testid="note-editor-quote">
          {inert(quote)}
        </blockquote>
      )}
      {/* Never the claim's internal id: the reader knows the claim by the figure quoted above. */}
      {claimId && <p class="note-claim">{t('noteEditorOnClaim')}</p>}
      <label class="note-field">
        <span>{t('noteTextLabel')}</span>
        <textarea
          ref={textRef}
          dir="auto"
          rows={4}
          maxLength={20000}
          data-testid="note-text"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <label class="note-field">
        <span>{t('noteTagsLabel')}</span>
        <input type="text" dir="auto" data-testid="note-tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="note-error" role="alert" data-testid="note-error">
          {error}
        </p>
      )}
      <div class="note-actions">
        <button type="button" class="btn" onClick={onCancel} data-testid="note-cancel">
          {t('noteCancel')}
        </button>
        <button type="submit" class="btn btn-primary" disabled={busy} data-testid="note-save" title={t('noteSaveShortcut')}>
          {saveLabel}
        </button>
      </div>
    </form>
  );
}
