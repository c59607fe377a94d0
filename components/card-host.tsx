/**
 * The one element Backstory adds to a page: `<backstory-card>`, whose shadow root holds the
 * card. Created on first use (a page nobody hovers keeps its DOM untouched), positioned with
 * @floating-ui/dom against the mention's range so it flips and shifts to stay in the viewport.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { CARD_CONTROLS_CSS, CARD_CSS, CARD_ROLES_CSS } from './card-styles';
import type { CardView } from '../lib/cards/card-state';
import { adoptSheet } from '../lib/paint/adopt-sheet';
import { HoverCard } from './HoverCard';
import { t } from '../lib/i18n/strings';

const CARD_HOST_TAG = 'backstory-card';

/**
 * The host's own style, inline and important: inline important declarations beat every page
 * rule, important or layered, so a page cannot hide, fade, blur, clip, move or cover the card.
 * `all: initial` first resets everything the page could set; the rest pins what the card needs.
 */
const HOST_STYLE: readonly (readonly [string, string])[] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['z-index', '2147483647'],
  ['display', 'block'],
  ['opacity', '1'],
  ['visibility', 'visible'],
  ['filter', 'none'],
  ['backdrop-filter', 'none'],
  ['clip-path', 'none'],
  ['mask', 'none'],
  ['transform', 'none'],
  ['translate', 'none'],
  ['scale', 'none'],
  ['rotate', 'none'],
  ['mix-blend-mode', 'normal'],
  ['content-visibility', 'visible'],
  ['overflow', 'visible'],
  ['contain', 'none'],
  ['pointer-events', 'auto'],
];

/** Pin the host's style (with the zoom the card uses now); returns the style attribute set. */
function pinHostStyle(host: HTMLElement, zoom: string): string {
  // Set through the CSSOM (allowed under a strict style-src CSP).
  host.removeAttribute('style');
  for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
  host.style.setProperty('zoom', zoom, 'important');
  return host.getAttribute('style') ?? '';
}

/**
 * The host and its closed shadow root (closed: the page's scripts get no handle on the card,
 * so they can neither read what it shows, related articles from the reader's feeds, nor reach
 * its buttons). Null when the page defined a custom element of that name that takes the
 * shadow root first; the caller then tries a name the page cannot know in advance (a later
 * definition cannot take a root that is already attached).
 */
function makeHost(doc: Document, tag: string): { host: HTMLElement; shadow: ShadowRoot } | null {
  try {
    const host = doc.createElement(tag);
    return { host, shadow: host.attachShadow({ mode: 'closed' }) };
  } catch {
    return null;
  }
}

const randomSuffix = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
};

export function createCardHost(doc: Document, onPointer: (inside: boolean) => void): CardView {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let status: HTMLElement | null = null;
  let announced = '';
  let stopAutoUpdate: (() => void) | null = null;
  let zoom = '1';
  let pinned = '';

  const ensure = (): HTMLElement => {
    if (mount && host?.isConnected) return mount;
    const made =
      makeHost(doc, CARD_HOST_TAG) ?? makeHost(doc, `${CARD_HOST_TAG}-${randomSuffix()}`);
    if (!made) throw new Error('no element of the page can host the card');
    host = made.host;
    const { shadow } = made;
    pinned = pinHostStyle(host, zoom);
    // A page's script may rewrite the host's inline style: put the pinned values back.
    const guarded = host;
    new MutationObserver(() => {
      if (guarded.getAttribute('style') !== pinned) pinned = pinHostStyle(guarded, zoom);
    }).observe(guarded, { attributes: true, attributeFilter: ['style'] });
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(CARD_CSS + CARD_CONTROLS_CSS + CARD_ROLES_CSS);
    adoptSheet(shadow, sheet);
    mount = doc.createElement('div');
    mount.addEventListener('pointerenter', () => onPointer(true));
    mount.addEventListener('pointerleave', () => onPointer(false));
    // A polite live region, so screen readers hear which card opened.
    status = doc.createElement('div');
    status.className = 'sr-only';
    status.setAttribute('role', 'status');
    shadow.append(mount, status);
    doc.documentElement.append(host);
    return mount;
  };

  const place = (anchor: Range) => {
    const card = mount?.firstElementChild as HTMLElement | null;
    if (!card) return;
    stopAutoUpdate?.();
    // A virtual reference: the mention's range, re-measured on scroll and resize.
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    const update = () =>
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room on the chosen side: the card scrolls inside instead.
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              card.style.maxHeight = `${Math.max(120, Math.min(480, availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    stopAutoUpdate = autoUpdate(reference, card, update);
  };

  return {
    show(state, anchor, actions) {
      const mountPoint = ensure();
      // A page that zooms its root (CSS zoom) would zoom our card too and shift its position;
      // undo it on our host so the card's coordinates stay in viewport pixels.
      const pageZoom = String(1 / (parseFloat(getComputedStyle(doc.documentElement).zoom) || 1));
      // Only when it changed: our host's style is left alone otherwise.
      if (host && pageZoom !== zoom) {
        zoom = pageZoom;
        pinned = pinHostStyle(host, zoom);
      }
      render(<HoverCard state={state} actions={actions} />, mountPoint);
      place(anchor);
      const name =
        state.status === 'watch'
          ? state.watch.text
          : state.status === 'entity'
            ? state.card.name
            : (state.mention.name ?? state.mention.text);
      if (status && state.status !== 'loading' && announced !== name) {
        announced = name;
        status.textContent = t('cardAnnounced', name);
      }
    },
    hide() {
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      announced = '';
      if (mount) render(null, mount);
    },
    get element() {
      return (mount?.firstElementChild as HTMLElement | null) ?? null;
    },
    destroy() {
      this.hide();
      host?.remove();
      host = null;
      mount = null;
    },
  };
}
