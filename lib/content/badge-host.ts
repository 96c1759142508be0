/**
 * The `<claimlens-badge>` host: a small inline element with its own shadow root, inserted right after
 * a mention. Only our element is added: the page's text nodes keep their text (a split text node
 * still yields the same textContent).
 */
import badgeCss from '@/components/Badge.css?inline';
import { applyLocale, uiLanguageCode } from '../i18n';

export const BADGE_TAG = 'claimlens-badge';

export interface BadgeSpec {
  kind: 'figure' | 'topic';
  claimId?: string;
  entityId?: string;
  /** Visible text: "Taliban claim", "ISPR figure", "Durand Line". */
  label: string;
  /** Screen-reader label: claimant and figure. */
  ariaLabel: string;
  side?: 'afghanistan' | 'pakistan' | 'independent';
}

let sharedSheet: CSSStyleSheet | null | undefined;

/**
 * One constructed stylesheet for every badge: cheap, and not subject to the page's CSP (style-src 'none'
 * blocks <style> elements and style attributes, not CSSOM). Falls back to a <style> element.
 */
export function applyShadowStyles(root: ShadowRoot, css: string, cache?: { sheet?: CSSStyleSheet | null }): void {
  try {
    const sheet = cache?.sheet ?? new CSSStyleSheet();
    if (!cache?.sheet) sheet.replaceSync(css);
    if (cache) cache.sheet = sheet;
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

const badgeSheetCache: { sheet?: CSSStyleSheet | null } = {};

export function createBadge(spec: BadgeSpec): HTMLElement {
  const host = document.createElement(BADGE_TAG);
  host.setAttribute('data-kind', spec.kind);
  if (spec.claimId) host.setAttribute('data-claim-id', spec.claimId);
  if (spec.entityId) host.setAttribute('data-entity-id', spec.entityId);
  if (spec.side) host.setAttribute('data-side', spec.side);
  host.setAttribute('role', 'button');
  host.setAttribute('tabindex', '0');
  host.setAttribute('aria-expanded', 'false');
  host.setAttribute('aria-haspopup', 'dialog');
  host.setAttribute('aria-label', spec.ariaLabel);
  // A translated label is spoken and laid out in its own language, not the page's (an English page, an Urdu label).
  if (uiLanguageCode() !== 'en') applyLocale(host);
  // Closed from the page's point of view is not possible for the label (aria-label is on the host), and the
  // badge holds nothing private, so an open root keeps it inspectable and testable.
  const root = host.attachShadow({ mode: 'open' });
  applyShadowStyles(root, badgeCss, badgeSheetCache);
  const chip = document.createElement('span');
  chip.className = `chip ${spec.kind}${spec.side ? ` side-${spec.side}` : ''}`;
  chip.textContent = spec.label;
  chip.setAttribute('aria-hidden', 'true');
  root.append(chip);
  return host;
}
