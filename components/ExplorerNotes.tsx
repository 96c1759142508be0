import { sendMessage } from '@/lib/messages';
import type { ClaimNote } from '@/lib/explorer/notes-source';
import { t } from '@/lib/i18n';
import { formatNumber } from '@/lib/numbers';

/** "My notes" beside a claim: the reader's own notes, each with a way back to the page it was taken on. */
export function ExplorerNotes({ notes, claimId }: { notes: ClaimNote[]; claimId: string }) {
  if (!notes.length) return null;
  const headingId = `notes-${claimId}`;
  const openPage = (event: MouseEvent, note: ClaimNote) => {
    // The background finds a tab already on that page and scrolls to the note; a plain link is the fallback.
    event.preventDefault();
    sendMessage('noteOpen', { id: note.id })
      .then((reply) => {
        if (!reply.ok) window.open(note.url, '_blank', 'noopener');
      })
      .catch(() => window.open(note.url, '_blank', 'noopener'));
  };
  return (
    <aside class="my-notes" aria-labelledby={headingId} data-testid="claim-notes">
      <h5 id={headingId}>{t('explorerMyNotes', formatNumber(notes.length))}</h5>
      <ul>
        {notes.map((note) => (
          <li key={note.id} data-note-id={note.id}>
            {note.quote && (
              <blockquote dir="auto" class="note-quote">
                {note.quote}
              </blockquote>
            )}
            {note.text && (
              <p dir="auto" class="note-text">
                {note.text}
              </p>
            )}
            <a href={note.url} target="_blank" rel="noopener noreferrer" dir="auto" onClick={(e) => openPage(e, note)}>
              {note.title || note.url}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
