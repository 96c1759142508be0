import { render } from 'preact';
import { Options } from '@/components/Options';
import { loadShippedDatasets } from '@/lib/shipped-datasets';
import { changelog, loadBundledPack } from '@/lib/options-sources';
import '@/components/Options.css';
import { localizePage } from '@/lib/ui-language';

// Strings in the reader's language from the first paint.
void localizePage(document, 'optionsTitle').then(() =>
  render(
    <Options loadDatasets={loadShippedDatasets} loadBundledPack={loadBundledPack} changelog={changelog} />,
    document.getElementById('app')!,
  ),
);
