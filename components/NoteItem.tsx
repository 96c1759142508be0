import type { Note } from '@/lib/notes/model';
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

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

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
          {note.quote.exact}
        </blockquote>
      )}
      <p class="note-body" dir="auto" data-testid="note-item-text">
        {note.text || <span class="muted">(no text)</span>}
      </p>
      <div class="note-meta">
        <span>{dateFormat.format(note.updated)}</span>
        {note.orphan && (
          <span class="orphan" title="The quoted passage was not found on the page at the last visit" data-testid="note-orphan">
            not found on page
          </span>
        )}
        {note.claimId && <span title={`Claim ${note.claimId}`}>claim</span>}
        {note.tags.slice(0, 3).map((t) => (
          <span class="tag" dir="auto" key={t}>
            #{t}
          </span>
        ))}
        <span class="spacer" />
        <button type="button" tabIndex={-1} onClick={onOpen} data-testid="note-open">
          Open
        </button>
        <button type="button" tabIndex={-1} onClick={onEdit} data-testid="note-edit">
          Edit
        </button>
        <button type="button" tabIndex={-1} onClick={onDelete} data-testid="note-delete">
          Delete
        </button>
      </div>
    </div>
  );
}
