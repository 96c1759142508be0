import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messages';
import { t } from '@/lib/i18n';
import type { TargetTab } from '@/lib/active-tab';
import { canonicalUrl } from '@/lib/notes/url';
import type { NoteStore } from '@/lib/notes/store';
import { formatNumber } from '@/lib/numbers';

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

  // The site switch above already says ClaimLens does not run here: one line, not two near-identical ones.
  if (!tab || !url) return null;
  if (!summary) return <p class="tab-summary muted" data-testid="tab-summary" />;
  const relevance = summary.relevant === null ? t('tabRelevanceUnknown') : summary.relevant ? t('tabRelevanceYes') : t('tabRelevanceNo');
  const notes = summary.notes === 1 ? t('noteCountOne') : t('noteCountMany', formatNumber(summary.notes));
  const line =
    summary.badges === null
      ? t('tabSummaryLine', [relevance, notes])
      : t('tabSummaryLineWithBadges', [
          relevance,
          summary.badges === 1 ? t('badgeCountOne') : t('badgeCountMany', formatNumber(summary.badges)),
          notes,
        ]);
  return (
    <div class="tab-summary" data-testid="tab-summary" data-notes={summary.notes}>
      <span>{line}</span>
      <button type="button" class="btn" onClick={onNoteOnSelection} title={t('noteOnSelectionTitle')} data-testid="note-on-selection">
        {t('noteOnSelection')}
      </button>
    </div>
  );
}
