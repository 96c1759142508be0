import { equal, ok, page, test } from './harness';
import { init as initCard } from '@/lib/content/card';
import { cardView, type CardView } from '@/lib/content/card-view';
import { createBadge } from '@/lib/content/badge-host';
import type { CardModel } from '@/lib/content/card-model';

const MODEL: CardModel = {
  event: { id: 'oct12', title: 'Border clashes', date: '2025-10-12', summary: 'Clashes along the Durand Line.', places: ['Kurram'] },
  columns: [],
  context: [],
  crossings: [],
  why: 'test',
  freshness: { through: '2026-04-07', articleNewer: false },
};

/** A card whose view (card.js in the extension) comes when `arrive()` is called; `preloaded`: already in. */
async function setup({ preloaded = true } = {}) {
  const doc = page('<p>Before <a id="link" href="#x">a link</a> and after. <span id="second"></span></p>');
  const badge = createBadge({ kind: 'figure', label: 'claim', ariaLabel: 'a claim' });
  const second = createBadge({ kind: 'figure', label: 'claim', ariaLabel: 'another claim' });
  doc.querySelector('p')!.append(badge);
  doc.getElementById('second')!.append(second);
  const controller = new AbortController();
  let arrive: (view: CardView) => void = () => {};
  let asked = 0;
  const card = initCard(controller.signal, {
    view: () => (asked++, new Promise<CardView>((resolve) => (arrive = resolve))),
    modelFor: (b) => (b === badge || b === second ? MODEL : undefined),
  });
  if (preloaded) {
    const ready = card.preload();
    arrive(cardView);
    ok(await ready, 'view loaded');
  }
  const host = () => document.querySelector('claimlens-card') as HTMLElement;
  return { doc, badge, second, card, host, arrive: () => arrive(cardView), asked: () => asked, end: () => controller.abort() };
}

test('a badge opened before the card view is in opens when it arrives; the last one opened wins; Escape meanwhile opens nothing', async () => {
  const { badge, second, card, host, arrive, asked, end } = await setup({ preloaded: false });
  try {
    badge.focus();
    second.focus();
    equal(card.openBadge, null, 'nothing open before the view is in');
    equal(host().hidden, true, 'card hidden meanwhile');
    equal(asked(), 1, 'the view asked for once');
    arrive();
    // The same load the opens wait for: they have had their turn when it resolves here.
    ok(await card.preload(), 'view loaded');
    equal(card.openBadge, second, 'the last badge opened');
    equal(host().hidden, false, 'card shown');
    ok(host().shadowRoot!.textContent!.includes('Border clashes'), 'the card drawn');
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    equal(card.openBadge, null, 'closed by Escape');
  } finally {
    end();
  }
  const again = await setup({ preloaded: false });
  try {
    again.badge.focus();
    again.badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    again.arrive();
    ok(await again.card.preload(), 'view loaded');
    equal(again.card.openBadge, null, 'closed before the view came: stays closed');
    equal(again.host().hidden, true, 'card hidden');
  } finally {
    again.end();
  }
});

test('focus opens the card at once; Escape closes it and gives focus back to the badge; blur closes it', async () => {
  const { doc, badge, card, host, end } = await setup();
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

test("a page's synthetic click and Enter open nothing", async () => {
  const { badge, card, end } = await setup();
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
