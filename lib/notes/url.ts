/**
 * The canonical form of a page address, so a note made on a shared link (with its tracking
 * parameters and a #fragment) is found again on the plain article. It is always computed from the
 * address the browser reports for the tab, never from a page's own <link rel=canonical>: a page could
 * otherwise claim to be another page and receive that page's anchors.
 */

/** Parameters that only say where a click came from, never which document it is. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  '__hssc',
  '__hstc',
  '__hsfp',
  'hsctatracking',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'rb_clickid',
  's_cid',
  'ocid',
  'cmpid',
  'ito',
  'ref_src',
  'ref_url',
  'smid',
  'sr_share',
  'spm',
  'scid',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'ncid',
  'cmp',
  'wt_mc',
  'wt.mc_id',
  'xtor',
]);

const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'at_', 'hmb_', 'ga_'];

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * http(s) only; lower-case scheme and host (URL does that), no default port, no fragment, no tracking
 * parameters, the rest sorted by name (stable) so `?b=1&a=2` and `?a=2&b=1` are one page.
 * Returns null for anything that is not an http(s) address.
 */
export function canonicalUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  return url.toString();
}

/** The site a page belongs to, for the popup's filter: the host without a leading "www.". */
export function siteOf(canonical: string): string {
  try {
    return new URL(canonical).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
