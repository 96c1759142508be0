import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { formatDate } from '@/lib/dates';
import { gatePack } from '@/lib/pack/bundled-gate';
import { activeGate, IMPORTED_GATE_KEY } from '@/lib/pack/import-keys';

/**
 * "Data through 7 Apr 2026": the last day the data in use covers (an imported pack's, when it is the one in
 * use), never the release date. One line, for the popup.
 */
export function DataThrough() {
  const [end, setEnd] = useState<string>(gatePack.meta.coverage.end);
  useEffect(() => {
    void browser.storage.local.get(IMPORTED_GATE_KEY).then(
      (stored) => setEnd(activeGate(gatePack, stored[IMPORTED_GATE_KEY]).meta.coverage.end),
      () => {},
    );
  }, []);
  return (
    <p class="muted data-through" data-testid="data-through">
      {t('dataThrough', formatDate(end))}
    </p>
  );
}
