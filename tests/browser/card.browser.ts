import { equal, ok, page, test } from './harness';
import { init as initCard } from '@/lib/content/card';
import { createBadge } from '@/lib/content/badge-host';
import type { CardModel } from '@/lib/content/card-model';

const MODEL: CardModel = {
  event: { id: 'oct12', title: 'Border clashes', date: '2025-10-12', summary: 'Clashes along the Durand Line.', places: ['Kurram'] },
  columns: [],
  context: [],
  crossings: [],
  why: 'test',
};

function setup() {
  const doc = page('<p>Before <a id="link" href="#x">a link</a> and after.</p>');
  const badge = createBadge({ kind: 'figure', label: 'claim', ariaLabel: 'a claim' });
  doc.querySelector('p')!.append(badge);
  const controller = new AbortController();
  const card = initCard(controller.signal, { modelFor: (b) => (b === badge ? MODEL : undefined) });
  const host = () => document.querySelector('claimlens-card') as HTMLElement;
  return { doc, badge, card, host, end: () => controller.abort() };
}

test('focus opens the card at once; Escape closes it and gives focus back to the badge; blur closes it', () => {
  const { doc, badge, card, host, end } = setup();
  try {
    badge.focus();
    equal(card.openBadge, badge, 'open after focus');
    equal(host().hidden, false, 'card shown');
    equal(badge.getAttribute('aria-expanded'), 'true', 'aria-expanded');
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    equal(card.openBadge, null, 'closed by Escape');
    equal(document.activeElement, badge, 'focus back on the badge');
    // Focus moving to something that is neither the badge nor the card closes it.
    badge.blur();
    badge.focus();
    equal(card.openBadge, badge, 'open again');
    (doc.getElementById('link') as HTMLElement).focus();
    equal(card.openBadge, null, 'closed on blur');
    equal(host().hidden, true, 'card hidden');
  } finally {
    end();
  }
  equal(document.querySelector('claimlens-card'), null, 'card removed when its feature ends');
});

test("a page's synthetic click and Enter open nothing", () => {
  const { badge, card, end } = setup();
  try {
    // dispatchEvent returns once every listener ran; unguarded, both would have opened the card synchronously.
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    equal(card.openBadge, null, 'opened by a synthetic click');
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    equal(card.openBadge, null, 'opened by a synthetic Enter');
    ok(badge.getAttribute('aria-expanded') === 'false', 'aria-expanded stays false');
  } finally {
    end();
  }
});
