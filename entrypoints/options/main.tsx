import { render } from 'preact';
import { Options } from '@/components/Options';
import { applyDocumentLocale } from '@/lib/i18n';
import { loadShippedDatasets } from '@/lib/shipped-datasets';
import type { Pack } from '@/lib/pack/schema';
import '@/components/Options.css';

// Optional: a build without data/CHANGELOG.md still builds.
const changelog = Object.values(import.meta.glob<string>('/data/CHANGELOG.md', { query: '?raw', import: 'default', eager: true }))[0];
const loadBundledPack = () => import('@/data/afpak-2025-26.json').then((m) => m.default as unknown as Pack);

applyDocumentLocale(document);
render(
  <Options loadDatasets={loadShippedDatasets} loadBundledPack={loadBundledPack} changelog={changelog} />,
  document.getElementById('app')!,
);
