import { sendMessage } from '@/lib/messages';
import type { ClaimNote } from '@/lib/explorer/notes-source';
import { t } from '@/lib/i18n';
import { inert } from '@/lib/notes/inert-text';

/** A 100,000-character word must wrap, not widen the Explorer; each field reads in its own direction. */
const INERT_STYLE = { overflowWrap: 'anywhere', unicodeBidi: 'isolate' } as const;

/** The address's host beside the title: a title can claim to be any site, the host can't. */
const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};
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
    <aside class="my-notes" aria-labelledby={headingId} data-testid="claim-notes" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
      <h5 id={headingId}>{t('explorerMyNotes', formatNumber(notes.length))}</h5>
      <ul>
        {notes.map((note) => (
          <li key={note.id} data-note-id={note.id}>
            {note.quote && (
              <blockquote dir="auto" class="note-quote" style={INERT_STYLE}>
                {inert(note.quote)}
              </blockquote>
            )}
            {note.text && (
              <p dir="auto" class="note-text" style={INERT_STYLE}>
                {inert(note.text)}
              </p>
            )}
            <a href={note.url} target="_blank" rel="noopener noreferrer" dir="auto" style={INERT_STYLE} onClick={(e) => openPage(e, note)}>
              {inert(note.title) || note.url}
            </a>{' '}
            <span class="muted" dir="ltr">
              ({hostOf(note.url)})
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
