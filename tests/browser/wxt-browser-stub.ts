/** `wxt/browser` for DOM units in a plain page: English messages only (no extension APIs exist there). */
import messages from '../../public/_locales/en/messages.json';
import { formatMessage } from '../support/fake-i18n-format';

export const browser = {
  i18n: { getMessage: (key: string, subs?: string | string[]) => formatMessage(messages as never, key, subs), getUILanguage: () => 'en' },
  runtime: { id: undefined as string | undefined, getURL: (p: string) => p },
};
