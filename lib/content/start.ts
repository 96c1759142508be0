import { sendMessage } from '../messages';

/**
 * The content script's whole start-up path. It must stay small: on an unrelated page,
 * this is all the extension costs.
 */
export async function startContent(signal: AbortSignal): Promise<void> {
  const reply = await sendMessage('ping', { nonce: crypto.randomUUID() });
  if (signal.aborted) return;
  // A data attribute, not text: the page's text stays byte-identical.
  document.documentElement.setAttribute('data-claimlens', reply.packVersion);
}
