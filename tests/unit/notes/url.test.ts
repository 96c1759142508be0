import { describe, expect, it } from 'vitest';
import { canonicalUrl, isTrackingParam, siteOf } from '../../../lib/notes/url';

describe('canonicalUrl', () => {
  it('drops tracking parameters and the fragment, keeps the ones that name the document', () => {
    expect(canonicalUrl('https://News.Example/world/story?utm_source=x&utm_medium=social&id=42&fbclid=abc&gclid=1#comments')).toBe(
      'https://news.example/world/story?id=42',
    );
    expect(canonicalUrl('https://news.example/a?mc_cid=1&mc_eid=2&msclkid=3&_ga=4&igshid=5&yclid=6')).toBe('https://news.example/a');
  });

  it('treats parameter order, default ports and credentials as the same page', () => {
    expect(canonicalUrl('http://user:pw@news.example:80/a?b=2&a=1')).toBe('http://news.example/a?a=1&b=2');
    expect(canonicalUrl('https://news.example:443/a?a=1&b=2')).toBe(canonicalUrl('https://news.example/a?b=2&a=1&utm_campaign=z'));
  });

  it('keeps repeated parameters in their order, and the path exactly (a trailing slash can be another page)', () => {
    expect(canonicalUrl('https://x.example/p/?tag=b&tag=a')).toBe('https://x.example/p/?tag=b&tag=a');
    expect(canonicalUrl('https://x.example/p')).not.toBe(canonicalUrl('https://x.example/p/'));
  });

  it('refuses anything but http(s)', () => {
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'chrome-extension://abc/popup.html', 'about:blank', 'not a url', '']) {
      expect(canonicalUrl(bad)).toBeNull();
    }
  });

  it('recognises tracking parameter families by prefix, case-insensitively', () => {
    expect(isTrackingParam('UTM_Content')).toBe(true);
    expect(isTrackingParam('pk_campaign')).toBe(true);
    expect(isTrackingParam('page')).toBe(false);
    expect(isTrackingParam('id')).toBe(false);
  });

  it('names the site without www', () => {
    expect(siteOf('https://www.dawn.example/news/1')).toBe('dawn.example');
    expect(siteOf('nonsense')).toBe('');
  });
});
