import { render } from 'preact';
import '@/components/arabic-script.css';
import { Popup } from '@/components/Popup';
import { localizePage } from '@/lib/ui-language';

// Strings in the reader's language from the first paint.
void localizePage(document, 'popupTitle').then(() => render(<Popup />, document.getElementById('app')!));
