import type { Note } from '@/lib/notes/model';
import { t } from '@/lib/i18n';
import { inert } from '@/lib/notes/inert-text';
import { formatLocalDay } from '@/lib/dates';
import { NoteEditor } from './NoteEditor';

export interface NoteItemProps {
  note: Note;
  active: boolean;
  editing: boolean;
  error?: string | null;
  onOpen(): void;
  onEdit(): void;
  onDelete(): void;
  onSave(text: string, tags: string[]): void;
  onCancel(): void;
  onActivate(): void;
}

export function NoteItem({ note, active, editing, error, onOpen, onEdit, onDelete, onSave, onCancel, onActivate }: NoteItemProps) {
  if (editing) {
    return (
      <div class="note-item active" data-testid="note-item" data-note-id={note.id}>
        <NoteEditor
          quote={note.quote?.exact}
          initialText={note.text}
          initialTags={note.tags}
          error={error}
          onSave={onSave}
          onCancel={onCancel}
        />
      </div>
    );
  }
  return (
    <div
      class={`note-item${active ? ' active' : ''}`}
      data-testid="note-item"
      data-note-id={note.id}
      onClick={onActivate}
      onDblClick={onOpen}
    >
      {note.quote && (
        <blockquote class="note-quote" dir="auto" data-testid="note-item-quote">
          {inert(note.quote.exact)}
        </blockquote>
      )}
      <p class="note-body" dir="auto" data-testid="note-item-text">
        {note.text ? inert(note.text) : <span class="muted">{t('noteNoText')}</span>}
      </p>
      <div class="note-meta">
        <span>{formatLocalDay(note.updated)}</span>
        {note.orphan && (
          <span class="orphan" title={t('noteOrphanTitle')} data-testid="note-orphan">
            {t('noteOrphan')}
          </span>
        )}
        {note.claimId && <span title={t('noteOnClaimTitle')}>{t('noteClaim')}</span>}
        {note.tags.slice(0, 3).map((tag) => (
          <span class="tag" dir="auto" key={tag}>
            #{inert(tag)}
          </span>
        ))}
        <span class="spacer" />
        {/* Real buttons in a plain list (a listbox option may not hold buttons: nested interaction, axe): Tab reaches
            them, a finger taps them; the list's keys (arrows, Enter, E, Delete) are a shortcut on top. */}
        <button type="button" onClick={onOpen} data-testid="note-open">
          {t('noteOpen')}
        </button>
        <button type="button" onClick={onEdit} data-testid="note-edit">
          {t('noteEdit')}
        </button>
        <button type="button" onClick={onDelete} data-testid="note-delete">
          {t('noteDelete')}
        </button>
      </div>
    </div>
  );
}
