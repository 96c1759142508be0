/**
 * TRANSITIONAL, to be deleted once the background opens the note surface (side panel, sidebar, popup or window)
 * and says so in its `noteDraft` reply: until then a draft gets the old editor, the extension's note-editor.html
 * framed at the bottom right of the page. The page owns the box this frame sits in, which is exactly why the new
 * flow moves the editor out of the page (issue #14).
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';

export interface LegacyEditorFrame {
  remove(): void;
}

export function mountLegacyEditorFrame(draftId: string): LegacyEditorFrame {
  // One of our own elements (lib/dom/own.ts): every walker skips it.
  const wrapper = document.createElement('claimlens-note-editor');
  wrapper.setAttribute('data-claimlens-ui', 'note-editor');
  const iframe = document.createElement('iframe');
  const set = (el: HTMLElement, css: Record<string, string>) => {
    for (const [k, v] of Object.entries(css)) el.style.setProperty(k, v, 'important');
  };
  set(wrapper, {
    position: 'fixed',
    right: '16px',
    bottom: '16px',
    width: 'min(380px, calc(100vw - 32px))',
    height: '320px',
    'z-index': '2147483647',
    display: 'block',
  });
  set(iframe, {
    width: '100%',
    height: '100%',
    border: '0',
    'border-radius': '10px',
    'box-shadow': '0 8px 28px rgba(0,0,0,.28)',
    'color-scheme': 'normal',
    background: 'transparent',
  });
  iframe.setAttribute('title', t('noteEditorFrameTitle'));
  iframe.src = browser.runtime.getURL(`/note-editor.html#${draftId}` as '/note-editor.html');
  iframe.addEventListener('load', () => iframe.focus(), { once: true });
  wrapper.append(iframe);
  document.documentElement.append(wrapper);
  return { remove: () => wrapper.remove() };
}
