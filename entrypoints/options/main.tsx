import { render } from 'preact';
import { Options } from '@/components/Options';
import { applyDocumentLocale } from '@/lib/i18n';
import { loadShippedDatasets } from '@/lib/shipped-datasets';
import { changelog, loadBundledPack } from '@/lib/options-sources';
import '@/components/Options.css';

applyDocumentLocale(document);
render(
  <Options loadDatasets={loadShippedDatasets} loadBundledPack={loadBundledPack} changelog={changelog} />,
  document.getElementById('app')!,
);
