import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { englishOnly, t } from '@/lib/i18n';
import { formatDate } from '@/lib/dates';
import { formatNumber } from '@/lib/numbers';
import type { Pack } from '@/lib/pack/schema';
import type { PackError } from '@/lib/pack/validate';
import {
  applyImport,
  checkPackText,
  choosePack,
  diffPacks,
  IMPORTED_PACK_KEY,
  readImportedInfo,
  removeImport,
  type ImportedInfo,
  type PackDiff,
  type StorageArea,
} from '@/lib/pack/import';

type Stage =
  { kind: 'idle' } | { kind: 'invalid'; file: string; errors: PackError[] } | { kind: 'preview'; file: string; pack: Pack; diff: PackDiff };

/** At most this many errors are listed: the first ones are the ones to fix. */
const SHOWN_ERRORS = 50;

/**
 * A data pack the user imports (issue #16): checked whole, previewed against the pack in use, then compiled and
 * stored in one write. Pages use it from their next load; "Remove" returns to the bundled pack.
 */
export function PackImport({
  bundled,
  area = browser.storage.local as unknown as StorageArea,
}: {
  bundled: () => Promise<Pack>;
  area?: StorageArea;
}) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [imported, setImported] = useState<ImportedInfo | undefined>();
  const [bundledMeta, setBundledMeta] = useState<Pack['meta'] | undefined>();
  useEffect(() => {
    void readImportedInfo(area).then(setImported);
    void bundled().then((p) => setBundledMeta(p.meta));
    const onChanged = (changes: Record<string, unknown>, areaName: string) => {
      if (areaName === 'local' && IMPORTED_PACK_KEY in changes) void readImportedInfo(area).then(setImported);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const choose = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    const check = checkPackText(text, file.name);
    if (!check.ok) return setStage({ kind: 'invalid', file: file.name, errors: check.errors });
    // Against the pack in use: the import if there is one and it is used, else the bundled pack.
    const current = await currentPack(area, await bundled());
    setStage({ kind: 'preview', file: file.name, pack: check.pack, diff: diffPacks(current, check.pack) });
  };

  const apply = async (pack: Pack) => {
    setImported(await applyImport(area, pack));
    setStage({ kind: 'idle' });
  };

  const choice = bundledMeta ? choosePack(bundledMeta, imported) : 'bundled';
  return (
    <section aria-labelledby="pack-import-h" data-testid="pack-import">
      <h2 id="pack-import-h">{t('packImportHeading')}</h2>
      <p class="hint">{t('packImportHint')}</p>
      {imported ? (
        <div class="imported-pack" data-testid="imported-pack">
          <p>
            <b>{imported.title}</b> · {t('packImportVersion', imported.version)} · {t('dataThrough', formatDate(imported.coverage.end))} ·{' '}
            {t('packImportCounts', [
              formatNumber(imported.counts.events),
              formatNumber(imported.counts.claims),
              formatNumber(imported.counts.entities),
            ])}
          </p>
          {choice === 'bundled-newer' && bundledMeta ? (
            <p class="notice" role="status" data-testid="bundled-newer">
              {t('packImportBundledNewer', [bundledMeta.version, imported.version])}
            </p>
          ) : (
            <p role="status" data-testid="imported-in-use">
              {t('packImportInUse')}
            </p>
          )}
          <button type="button" data-testid="pack-import-remove" onClick={() => void removeImport(area).then(() => setImported(undefined))}>
            {t('packImportRemove')}
          </button>
        </div>
      ) : null}
      <label class="row">
        <span>{t('packImportChoose')}</span>
        <input type="file" accept=".json,application/json" data-testid="pack-import-file" onChange={(e) => void choose(e)} />
      </label>
      {stage.kind === 'invalid' ? (
        <div role="alert" data-testid="pack-import-errors">
          <p>{t('packImportRefused', [stage.file, formatNumber(stage.errors.length)])}</p>
          <ul>
            {stage.errors.slice(0, SHOWN_ERRORS).map((err, i) => (
              <li key={i}>
                <code dir="ltr">{err.path}</code> {err.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {stage.kind === 'preview' ? (
        <Preview stage={stage} onApply={() => void apply(stage.pack)} onCancel={() => setStage({ kind: 'idle' })} />
      ) : null}
    </section>
  );
}

async function currentPack(area: StorageArea, bundled: Pack): Promise<Pack> {
  const stored = (await area.get(IMPORTED_PACK_KEY))[IMPORTED_PACK_KEY] as { pack?: Pack; info?: ImportedInfo } | undefined;
  return stored?.pack && stored.info && choosePack(bundled.meta, stored.info) === 'imported' ? stored.pack : bundled;
}

function Preview({ stage, onApply, onCancel }: { stage: Extract<Stage, { kind: 'preview' }>; onApply: () => void; onCancel: () => void }) {
  const { diff, pack } = stage;
  const c = diff.counts;
  return (
    <div class="pack-preview" data-testid="pack-import-preview">
      <p>
        {t('packImportPreview', [pack.meta.title, pack.meta.version, diff.from.version])}{' '}
        {t('packImportDiffCounts', [
          formatNumber(c.claimsAdded),
          formatNumber(c.claimsCorrected),
          formatNumber(c.claimsRemoved),
          formatNumber(c.eventsAdded),
          formatNumber(c.eventsRemoved),
        ])}
      </p>
      <ul class="pack-diff">
        {diff.events.map((e) => (
          <li key={e.id} data-event-id={e.id}>
            <b {...englishOnly()}>{e.title}</b> <span class={`diff-${e.status}`}>({t(`packImportEvent_${e.status}`)})</span>
            <ul>
              {e.added.map((x) => (
                <li key={x.id} class="diff-added" data-claim-id={x.id}>
                  + <span {...englishOnly()}>{x.summary}</span>
                </li>
              ))}
              {e.corrected.map((x) => (
                <li key={x.id} class="diff-corrected" data-claim-id={x.id}>
                  ~ <span {...englishOnly()}>{x.summary}</span>:{' '}
                  {x.changes?.map((ch, i) => (
                    // Field names and values as the pack writes them: English, left to right.
                    <span key={ch.field}>
                      {i > 0 && t('listSemicolon')}
                      <bdi lang="en" dir="ltr">
                        {ch.field} {ch.from} → {ch.to}
                      </bdi>
                    </span>
                  ))}
                </li>
              ))}
              {e.removed.map((x) => (
                <li key={x.id} class="diff-removed" data-claim-id={x.id}>
                  − <span {...englishOnly()}>{x.summary}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <button type="button" data-testid="pack-import-apply" onClick={onApply}>
        {t('packImportApply')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('packImportCancel')}
      </button>
    </div>
  );
}
