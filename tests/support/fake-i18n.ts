/**
 * fakeBrowser has no i18n.getMessage (it throws). Unit tests render the UI in English, so answer from
 * public/_locales/en/messages.json with the browser's substitution rules: $NAME$ → its placeholder's
 * content, then $1…$9 → the substitutions, and $$ → $.
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage } from './fake-i18n-format';

type Messages = Parameters<typeof formatMessage>[0];

const en: Messages = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'));

fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => formatMessage(en, key, substitutions)) as never;
