import { describe, expect, it } from 'vitest';
import { checkSender, parseRequest, RejectedMessageError } from '@/lib/messages';

const OWN = 'own-extension-id';
const ORIGIN = 'chrome-extension://own-extension-id/';

describe('checkSender', () => {
  it('refuses another extension whatever the policy', () => {
    for (const policy of ['content-script', 'extension-page', 'any-extension-context'] as const) {
      expect(() => checkSender({ id: 'other', tab: { id: 1 } }, OWN, ORIGIN, policy)).toThrow(RejectedMessageError);
    }
  });

  it('keeps content-script messages to content scripts (a tab, not an extension page)', () => {
    expect(() => checkSender({ id: OWN, tab: { id: 3 }, url: 'https://news.example/a' }, OWN, ORIGIN, 'content-script')).not.toThrow();
    expect(() => checkSender({ id: OWN, url: `${ORIGIN}popup.html` }, OWN, ORIGIN, 'content-script')).toThrow(/only content scripts/);
    expect(() => checkSender({ id: OWN }, OWN, ORIGIN, 'content-script')).toThrow(/only content scripts/);
  });

  it('keeps extension-page messages (note text, settings) away from content scripts', () => {
    expect(() => checkSender({ id: OWN, url: `${ORIGIN}popup.html` }, OWN, ORIGIN, 'extension-page')).not.toThrow();
    expect(() => checkSender({ id: OWN, tab: { id: 3 }, url: 'https://news.example/a' }, OWN, ORIGIN, 'extension-page')).toThrow(
      /only extension pages/,
    );
  });
});

describe('parseRequest', () => {
  it('accepts a well-formed page status and names the field that is wrong in a bad one', () => {
    const ok = { relevant: true, score: 12, reason: 'relevant', badges: 4, figures: 2 };
    expect(parseRequest('pageStatus', ok)).toEqual(ok);
    expect(() => parseRequest('pageStatus', { ...ok, badges: -1 })).toThrow(/pageStatus: badges/);
    // The learned gate's score of a page it turned down is below 0 (clean-links: -0.01): still a status.
    expect(parseRequest('pageStatus', { ...ok, relevant: false, score: -0.01, reason: 'no-strong-evidence' })).toMatchObject({
      score: -0.01,
    });
    expect(() => parseRequest('pageStatus', { ...ok, score: Number.NaN })).toThrow(/pageStatus: score/);
    expect(() => parseRequest('pageStatus', { ...ok, extra: 1 })).toThrow(RejectedMessageError);
    expect(() => parseRequest('tabSummary', { tabId: '3' })).toThrow(/tabSummary: tabId/);
  });
});
