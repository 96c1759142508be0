/**
 * The frame's one PageSession, kept under a registered symbol in the extension's isolated world: the content
 * script and the scripts the background injects later (annotate.js, notes.js) share that world, and the page's
 * own scripts never see it. This is the only `Symbol.for` slot ClaimLens uses.
 */
import type { PageSession } from './session';

const SLOT = Symbol.for('claimlens.session');

type Slot = Record<symbol, PageSession | undefined>;

/** The running session of this frame, if the content script started one. */
export function findSession(): PageSession | undefined {
  const session = (globalThis as Slot)[SLOT];
  return session && !session.signal.aborted ? session : undefined;
}

/** Take the slot for `session`, unless a live session holds it; it is freed when the session ends. */
export function claimSessionSlot(session: PageSession): boolean {
  if (findSession()) return false;
  (globalThis as Slot)[SLOT] = session;
  session.signal.addEventListener('abort', () => {
    if ((globalThis as Slot)[SLOT] === session) delete (globalThis as Slot)[SLOT];
  });
  return true;
}
