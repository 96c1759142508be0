import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { englishOnly, t } from '@/lib/i18n';
import { CLAIMANTS, DENSITIES, getSettings, normalizeHostname, watchSettings, type Settings, type SiteRules } from '@/lib/settings';
import type { DatasetInfo } from '@/lib/dataset-info';
import { PACK_VERSION } from '@/lib/pack/runtime';
import { ExplorerLink } from './ExplorerLink';
import { PackImport } from './PackImport';
import { saveSettings } from '@/lib/settings-save';
import { LanguagePicker } from './LanguagePicker';
import { formatDate } from '@/lib/dates';
import { formatNumber } from '@/lib/numbers';
import type { Pack } from '@/lib/pack/schema';

/**
 * Every control writes through saveSettings (read-modify-write, then the background tells every tab), so the popup's
 * changes are never overwritten.
 * The change runs after an await: read the control's value first, the event's currentTarget is gone by then.
 */
function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void getSettings().then(setSettings);
    watchSettings(setSettings, controller.signal);
    return () => controller.abort();
  }, []);
  return settings;
}

const set = (change: (s: Settings) => Settings) => void saveSettings(change);

export interface OptionsProps {
  loadDatasets?: () => Promise<DatasetInfo[]>;
  /** The bundled pack, for the import preview (loaded only when asked for). */
  loadBundledPack?: () => Promise<Pack>;
  /** data/CHANGELOG.md as text, when the build has one. */
  changelog?: string;
}

export function Options({ loadDatasets, loadBundledPack, changelog }: OptionsProps) {
  const settings = useSettings();
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p data-testid="options-version" class="options__version">
        {t('optionsVersion', [browser.runtime.getManifest().version, PACK_VERSION])}
      </p>
      <ExplorerLink label={t('exploreAllClaims')} />
      {settings ? <SettingsForm settings={settings} /> : null}
      <LanguagePicker />
      <DatasetPanel load={loadDatasets} />
      {changelog ? <Changelog text={changelog} /> : null}
      {loadBundledPack ? <PackImport bundled={loadBundledPack} /> : null}
      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">{t('privacyHeading')}</h2>
        <p>{t('privacyText')}</p>
      </section>
    </main>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  return (
    <>
      <section aria-labelledby="general-h">
        <h2 id="general-h">{t('generalHeading')}</h2>
        <label class="row">
          <input
            type="checkbox"
            role="switch"
            data-testid="options-enabled"
            checked={settings.enabled}
            onChange={(e) => {
              const enabled = (e.currentTarget as HTMLInputElement).checked;
              set((s) => ({ ...s, enabled }));
            }}
          />
          <span>{t('enabledLabel')}</span>
        </label>
        <label class="row">
          <input
            type="checkbox"
            data-testid="options-highlight"
            checked={settings.highlightMentions}
            onChange={(e) => {
              const highlightMentions = (e.currentTarget as HTMLInputElement).checked;
              set((s) => ({ ...s, highlightMentions }));
            }}
          />
          <span>{t('highlightLabel')}</span>
        </label>
      </section>

      <fieldset>
        <legend>{t('densityHeading')}</legend>
        {DENSITIES.map((d) => (
          <label class="row" key={d}>
            <input
              type="radio"
              name="density"
              value={d}
              data-testid={`options-density-${d}`}
              checked={settings.density === d}
              onChange={() => set((s) => ({ ...s, density: d }))}
            />
            <span>{t(`density_${d}`)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('columnsHeading')}</legend>
        {/* The same order, type and control for every claimant: no side is given more prominence. */}
        {CLAIMANTS.map((c) => (
          <label class="row" key={c}>
            <input
              type="checkbox"
              data-testid={`options-column-${c}`}
              checked={settings.claimantColumns[c]}
              onChange={(e) => {
                const shown = (e.currentTarget as HTMLInputElement).checked;
                set((s) => ({ ...s, claimantColumns: { ...s.claimantColumns, [c]: shown } }));
              }}
            />
            <span>{t(`column_${c}`)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('cardHeading')}</legend>
        <label class="row">
          <input
            type="checkbox"
            data-testid="options-known-then"
            checked={settings.onlyKnownThen}
            onChange={(e) => {
              const onlyKnownThen = (e.currentTarget as HTMLInputElement).checked;
              set((s) => ({ ...s, onlyKnownThen }));
            }}
          />
          <span>{t('optionKnownThen')}</span>
        </label>
      </fieldset>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('sitesHeading')}</h2>
        <p class="hint">{t('sitesHint')}</p>
        <SiteList kind="block" rules={settings.siteRules} />
        <SiteList kind="allow" rules={settings.siteRules} />
      </section>
    </>
  );
}

function SiteList({ kind, rules }: { kind: keyof SiteRules; rules: SiteRules }) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const other: keyof SiteRules = kind === 'block' ? 'allow' : 'block';
  const add = (e: Event) => {
    e.preventDefault();
    const host = normalizeHostname(draft);
    if (!host) return setInvalid(true);
    setInvalid(false);
    setDraft('');
    // A host lives in one list only: adding it here takes it out of the other.
    set((s) => ({
      ...s,
      siteRules: { [kind]: [...s.siteRules[kind], host], [other]: s.siteRules[other].filter((h) => h !== host) } as unknown as SiteRules,
    }));
  };
  const remove = (host: string) =>
    set((s) => ({ ...s, siteRules: { ...s.siteRules, [kind]: s.siteRules[kind].filter((h) => h !== host) } }));
  const inputId = `site-${kind}-input`;
  return (
    <div class="site-list" data-testid={`options-sites-${kind}`}>
      <h3>{t(kind === 'block' ? 'blockListHeading' : 'allowListHeading')}</h3>
      {rules[kind].length === 0 ? <p class="hint">{t('siteListEmpty')}</p> : null}
      <ul>
        {rules[kind].map((host) => (
          <li key={host}>
            <bdi>{host}</bdi>{' '}
            <button type="button" onClick={() => remove(host)} aria-label={t('removeSite', host)}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} class="row">
        <label for={inputId} class="visually-hidden">
          {t('addSiteLabel')}
        </label>
        <input
          id={inputId}
          type="text"
          dir="ltr"
          inputMode="url"
          placeholder="example.com"
          value={draft}
          aria-invalid={invalid}
          data-testid={`options-${kind}-input`}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" data-testid={`options-${kind}-add`}>
          {t('add')}
        </button>
      </form>
      {invalid ? <p role="alert">{t('invalidHost')}</p> : null}
    </div>
  );
}

function DatasetPanel({ load }: { load?: () => Promise<DatasetInfo[]> }) {
  const [datasets, setDatasets] = useState<DatasetInfo[] | null>(null);
  useEffect(() => {
    if (load) void load().then(setDatasets, () => setDatasets([]));
  }, [load]);
  return (
    <section aria-labelledby="dataset-h" data-testid="options-dataset">
      <h2 id="dataset-h">{t('datasetHeading')}</h2>
      {datasets === null ? null : datasets.length === 0 ? (
        <p>{t('datasetMissing')}</p>
      ) : (
        datasets.map((d) => <Dataset key={d.id} info={d} />)
      )}
    </section>
  );
}

function Dataset({ info }: { info: DatasetInfo }) {
  const c = info.counts;
  return (
    <article class="dataset" data-testid={`dataset-${info.id}`}>
      <h3>{info.title}</h3>
      {info.coverage ? (
        <p class="data-through" data-testid="dataset-through">
          {t('dataThrough', formatDate(info.coverage.end))}
        </p>
      ) : null}
      <dl>
        <dt>{t('datasetVersion')}</dt>
        <dd data-testid="dataset-version">{info.version}</dd>
        <dt>{t('datasetUpdated')}</dt>
        <dd>
          <time dateTime={info.updated}>{formatDate(info.updated, 'long')}</time>
        </dd>
        <dt>{t('datasetWindow')}</dt>
        <dd>
          {info.window.end
            ? t('dateRange', [formatDate(info.window.start), formatDate(info.window.end)])
            : t('datasetWindowOpen', formatDate(info.window.start))}
        </dd>
        <dt>{t('datasetCounts')}</dt>
        <dd data-testid="dataset-counts">
          {t('datasetCountsValue', [formatNumber(c.events), formatNumber(c.claims), formatNumber(c.entities), formatNumber(c.sources)])}
        </dd>
        {info.licence ? (
          <>
            <dt>{t('datasetLicence')}</dt>
            <dd>{info.licence}</dd>
          </>
        ) : null}
      </dl>
      <details>
        <summary>{t('datasetSources', formatNumber(c.sources))}</summary>
        {/* Plain links: nothing is fetched until the user clicks one. */}
        <ol class="sources" data-testid="dataset-sources">
          {info.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
                {s.outlet}
              </a>
              {s.published ? <span class="published"> · {s.published}</span> : null}
              <span class="url" dir="ltr">
                {' '}
                {s.url}
              </span>
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}

/** The data's changelog and errata (data/CHANGELOG.md), shown as written: plain text, never parsed as HTML. */
function Changelog({ text }: { text: string }) {
  return (
    <section aria-labelledby="changelog-h" data-testid="options-changelog">
      <details>
        <summary>
          <h2 id="changelog-h" class="inline">
            {t('changelogTitle')}
          </h2>
        </summary>
        <pre class="changelog" {...englishOnly()}>
          {text}
        </pre>
      </details>
    </section>
  );
}
