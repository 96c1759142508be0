/**
 * How an extension page (the options page, the popup) saves the settings: the writes of lib/settings.ts, then a word
 * to the background (`settingsSaved`), which sends the new value to every tab's content script. The background also
 * follows storage.onChanged, but a message is what surely wakes a sleeping service worker or event page; a content
 * script applies a value once, however many times it arrives.
 * Kept apart from lib/settings.ts, which the content script imports: the messaging library stays out of it.
 */
import { sendMessage } from './messages';
import { setSiteEnabled, updateSettings, type Settings } from './settings';

async function told(next: Settings): Promise<Settings> {
  await sendMessage('settingsSaved', {}).catch(() => {});
  return next;
}

export async function saveSettings(change: (current: Settings) => Settings | void): Promise<Settings> {
  return told(await updateSettings(change));
}

export async function saveSiteEnabled(hostname: string, enabled: boolean): Promise<Settings> {
  return told(await setSiteEnabled(hostname, enabled));
}
