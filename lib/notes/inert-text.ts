/**
 * Text from a web page or a note, made inert for display. A page title or a note may carry bidi controls
 * (U+202E RIGHT-TO-LEFT OVERRIDE makes "moc.elgoog//:sptth" read as a trusted address), and C0/C1 control
 * characters; both are removed. The marks a right-to-left text legitimately needs (LRM, RLM, ALM) stay: they
 * cannot reorder text beyond the neighbouring punctuation, and each shown field is also isolated (dir="auto",
 * `unicode-bidi: isolate`) so nothing spills into its neighbours. Wrapping of long words is the views' CSS.
 */

/** Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** C0 and C1 controls except tab and line breaks. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function inert(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(CONTROLS, '');
}
