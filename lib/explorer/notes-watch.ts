/** Reload "My notes" when a note is saved, edited or deleted anywhere (the background announces it). */
import { NOTES_CHANNEL } from '../notes/protocol';

export function watchNotes(reload: () => void): () => void {
  if (typeof BroadcastChannel !== 'function') return () => {};
  const channel = new BroadcastChannel(NOTES_CHANNEL);
  channel.onmessage = () => reload();
  // A tab that comes back into view may have missed a message while the browser throttled it.
  const onVisible = () => document.visibilityState === 'visible' && reload();
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    channel.close();
    document.removeEventListener('visibilitychange', onVisible);
  };
}
