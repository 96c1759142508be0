import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messages';
import type { TargetTab } from '@/lib/active-tab';
import { canonicalUrl } from '@/lib/notes/url';
import type { NoteStore } from '@/lib/notes/store';

interface Summary {
  /** null until the page's content script has reported (or on pages ClaimLens does not run on). */
  relevant: boolean | null;
  badges: number | null;
  notes: number;
}

/**
 * One line about the current tab: is it about the conflict, how many badges, how many notes.
 * Relevance and badges come from what the page's content script reported to the background
 * (`tabSummary`); the note count is read here from the store. `changes` re-counts after an edit.
 */
export function TabSummary({
  tab,
  store,
  changes,
  onNoteOnSelection,
}: {
  tab: TargetTab | null;
  store: NoteStore;
  changes: number;
  onNoteOnSelection(): void;
}) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const url = tab?.hostname ? canonicalUrl(tab.url) : null;

  useEffect(() => {
    if (!tab || !url) return;
    let live = true;
    void Promise.all([sendMessage('tabSummary', { tabId: tab.id }).catch(() => null), store.countForUrl(url).catch(() => 0)]).then(
      ([status, notes]) => {
        if (!live) return;
        setSummary({ relevant: status?.known ? status.relevant : null, badges: status?.known ? status.badges : null, notes });
      },
    );
    return () => {
      live = false;
    };
  }, [tab?.id, url, changes]);

  if (!tab || !url) {
    return (
      <p class="tab-summary muted" data-testid="tab-summary">
        ClaimLens does not run on this tab.
      </p>
    );
  }
  if (!summary) return <p class="tab-summary muted" data-testid="tab-summary" />;
  const relevance = summary.relevant === null ? 'not scanned yet' : summary.relevant ? 'about the conflict' : 'not about the conflict';
  const badges = summary.badges === null ? '' : ` · ${summary.badges} ${summary.badges === 1 ? 'badge' : 'badges'}`;
  return (
    <div class="tab-summary" data-testid="tab-summary" data-notes={summary.notes}>
      <span>
        This page: {relevance}
        {badges} · {summary.notes} {summary.notes === 1 ? 'note' : 'notes'}
      </span>
      <button
        type="button"
        class="btn"
        onClick={onNoteOnSelection}
        title="Save a note on the text selected in this page (Alt+Shift+N)"
        data-testid="note-on-selection"
      >
        Note on selection
      </button>
    </div>
  );
}
