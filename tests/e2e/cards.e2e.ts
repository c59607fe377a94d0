/**
 * Cards on the demo article: entity and figure content, "why highlighted", actions and their
 * mutes, timing, placement, themes and accessibility.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openHighlighted,
  setSettings,
  type Launched,
} from '../../scripts/harness/browser';
import {
  cardIsOpen,
  clickCardButton,
  evaluateInCard,
  hoverText,
  readHighlights,
  waitForCard,
  waitForHighlight,
  waitForStableHighlights,
  waitInCard,
} from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
let pages: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'));
  pages = await serveDir(join(ROOT, 'tests/e2e/pages'));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await pages?.close();
});
// Settings, mutes and link choices a test changed are back to none for the next one, even if it failed.
afterEach(async () => {
  await setSettings(browser, {});
  await browser.context.serviceWorkers()[0].evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { local: { remove(k: string): Promise<void> } } };
      }
    ).chrome;
    await chrome.storage.local.remove('linkChoices');
  });
});

const openDemo = (host = '127.0.0.1'): Promise<Page> =>
  openHighlighted(browser, `${server.url.replace('127.0.0.1', host)}/index.html`);

/** Read a value from inside the card's (closed) shadow root. */
function inCard<T>(page: Page, fn: string): Promise<T> {
  return evaluateInCard(
    page,
    (root, body) => new Function('card', body)(root?.querySelector('[data-backstory-card]')) as T,
    fn,
  );
}

describe('entity card', () => {
  it('says why it is highlighted and how often it is mentioned', async () => {
    const page = await openDemo();
    await hoverText(page, 'backstory-person', 'Vladimir Putin');
    await waitForCard(page);
    const why = await inCard<string>(
      page,
      'return card.querySelector("[data-field=why]").textContent',
    );
    expect(why).toMatch(/Why highlighted: “Vladimir Putin”, name in your knowledge packs \(\d+%\)/);
    const putins = ((await readHighlights(page))['backstory-person'] ?? []).filter((t) =>
      /Putin/.test(t),
    ).length;
    expect(why).toContain(`Mentioned ${putins} times on this page`);
    expect(
      await inCard<string>(
        page,
        'return card.getAttribute("role") + "|" + card.getAttribute("aria-label")',
      ),
    ).toBe('dialog|Person: Vladimir Putin');
    const announced = await evaluateInCard(
      page,
      (root) => root?.querySelector('[role=status]')?.textContent,
    );
    expect(announced).toBe('Backstory card: Vladimir Putin');
    await page.close();
  });

  it('ranks related articles by shared entities, then recency', async () => {
    const page = await openDemo();
    await hoverText(page, 'backstory-place', 'Miami');
    const card = await waitForCard(page);
    // The sample item naming Miami together with Witkoff, Kushner, Umerov and Kyiv comes first.
    expect(card.related[0]?.text).toMatch(/Miami/);
    await page.close();
  });
});

describe('figure card', () => {
  it('shows the normalised figure, its sentence and the same measure elsewhere', async () => {
    const page = await openDemo();
    await hoverText(page, 'backstory-figure', '138 drones');
    await waitForCard(page);
    const description = await inCard<string>(
      page,
      'return card.querySelector("[data-field=description]").textContent',
    );
    expect(description).toMatch(/138 drone/);
    expect(description).toMatch(/count/);
    const sentence = await inCard<string>(
      page,
      'return card.querySelector("[data-field=sentence]").textContent',
    );
    expect(sentence).toBe(
      'Officials reported that Russia fired two ballistic missiles and launched 138 drones overnight.',
    );
    const values = await inCard<string[]>(
      page,
      'return [...card.querySelectorAll("[data-field=value]")].map((e) => e.textContent)',
    );
    expect(values).toContain('415 drones');
    await page.close();
  });

  it('says so honestly when no other article has the measure', async () => {
    const page = await openDemo();
    await hoverText(page, 'backstory-figure', '68-year-old woman');
    await waitForCard(page);
    expect(
      await inCard<string>(page, 'return card.querySelector("[data-field=related]").textContent'),
    ).toMatch(/No other figure for this measure/);
    await page.close();
  });
});

describe('timing', () => {
  it('does not open when the pointer only passes over a name', async () => {
    const page = await openDemo();
    await hoverText(page, 'backstory-person', 'Vladimir Putin');
    await page.waitForTimeout(150);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    expect(await cardIsOpen(page)).toBe(false);
    await page.close();
  });

  it('stays open while the pointer is on the card', async () => {
    const page = await openDemo();
    await hoverText(page, 'backstory-person', 'Vladimir Putin');
    await waitForCard(page);
    const box = await inCard<{ x: number; y: number }>(
      page,
      'const r = card.getBoundingClientRect(); return { x: r.left + 20, y: r.top + 20 }',
    );
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await page.waitForTimeout(900);
    expect(await cardIsOpen(page)).toBe(true);
    await page.close();
  });

  it('never opens while the reader selects text', async () => {
    const page = await openDemo();
    const start = await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((e) =>
        e.textContent?.includes('The talks in Moscow'),
      ) as HTMLElement;
      p.scrollIntoView({ block: 'center' });
      const r = p.getBoundingClientRect();
      return { x: r.left + 2, y: r.top + 8 };
    });
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await hoverText(page, 'backstory-person', 'Trump');
    await page.waitForTimeout(800);
    expect(await cardIsOpen(page)).toBe(false);
    await page.mouse.up();
    await page.close();
  });
});

describe('placement, themes, motion', () => {
  it('keeps the card inside the viewport and off the line being read, on a scrolled page', async () => {
    const page = await openDemo();
    await page.setViewportSize({ width: 900, height: 600 });
    await hoverText(page, 'backstory-place', 'New Delhi');
    await waitForCard(page);
    const geometry = await evaluateInCard(page, (root) => {
      const card = root!.querySelector('[data-backstory-card]')!.getBoundingClientRect();
      const h = CSS.highlights.get('backstory-place')!;
      const name = ([...h] as Range[])
        .find((r) => r.toString() === 'New Delhi')!
        .getBoundingClientRect();
      return {
        card: { top: card.top, bottom: card.bottom, left: card.left, right: card.right },
        name: { top: name.top, bottom: name.bottom },
        vw: innerWidth,
        vh: innerHeight,
        scrollY,
      };
    });
    expect(geometry.scrollY).toBeGreaterThan(0);
    expect(geometry.card.top).toBeGreaterThanOrEqual(0);
    expect(geometry.card.left).toBeGreaterThanOrEqual(0);
    expect(geometry.card.right).toBeLessThanOrEqual(geometry.vw);
    expect(geometry.card.bottom).toBeLessThanOrEqual(geometry.vh);
    const coversName =
      geometry.card.top < geometry.name.bottom && geometry.card.bottom > geometry.name.top;
    expect(coversName).toBe(false);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has readable text in the %s theme', async (scheme) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`${server.url}/index.html`);
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
    await waitForStableHighlights(page);
    await hoverText(page, 'backstory-person', 'Vladimir Putin');
    await waitForCard(page);
    const result = await evaluateInCard(page, (root) => {
      const card = root!.querySelector('[data-backstory-card]') as HTMLElement;
      const rgb = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const c = [r, g, b]
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
      };
      const bg = lum(rgb(getComputedStyle(card).backgroundColor));
      const ratios = [...card.querySelectorAll('[data-field], .meta, a')].map((el) => {
        const fg = lum(rgb(getComputedStyle(el).color));
        return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      });
      return {
        min: Math.min(...ratios),
        bg: getComputedStyle(card).backgroundColor,
        animation: getComputedStyle(card).animationName,
      };
    });
    expect(result.min).toBeGreaterThanOrEqual(4.5);
    expect(result.bg).toBe(scheme === 'dark' ? 'rgb(22, 27, 34)' : 'rgb(255, 255, 255)');
    expect(result.animation).toBe('none');
    await page.close();
  });
});

describe('actions and settings', () => {
  it('"Not this" stops highlighting the entity on this site only; "Never highlight this" everywhere', async () => {
    const page = await openDemo();
    await hoverText(page, 'backstory-person', 'Vladimir Putin');
    await waitForCard(page);
    await clickCardButton(page, 'Not this');
    await page.waitForFunction(
      () =>
        !([...(CSS.highlights.get('backstory-person') ?? [])] as Range[]).some((r) =>
          /Putin/.test(r.toString()),
        ),
    );
    await hoverText(page, 'backstory-place', 'Kyiv');
    await waitForCard(page);
    await clickCardButton(page, 'Never highlight this');
    await page.waitForFunction(
      () =>
        !([...(CSS.highlights.get('backstory-place') ?? [])] as Range[]).some(
          (r) => r.toString() === 'Kyiv',
        ),
    );

    // Another site (same page under another host name): Putin is back, Kyiv is not.
    const other = await openDemo('localhost');
    const h = await readHighlights(other);
    expect(h['backstory-person']).toContain('Vladimir Putin');
    expect(h['backstory-place']).not.toContain('Kyiv');
    await page.close();
    await other.close();
  });

  it('"Save" puts the entity in the notebook', async () => {
    const page = await openDemo();
    await hoverText(page, 'backstory-person', 'Donald Trump');
    await waitForCard(page);
    await clickCardButton(page, 'Save');
    await waitInCard(page, (root) =>
      [...(root?.querySelectorAll('button') ?? [])].some((b) => b.textContent === 'Saved'),
    );
    await page.close();
  });

  it('opens on click when the trigger setting says so, and honours the delay setting', async () => {
    await setSettings(browser, { trigger: 'click' });
    const page = await openDemo();
    await hoverText(page, 'backstory-person', 'Vladimir Putin');
    await page.waitForTimeout(800);
    expect(await cardIsOpen(page)).toBe(false);
    await page.mouse.down();
    await page.mouse.up();
    await waitForCard(page);
    await page.close();

    await setSettings(browser, { openDelayMs: 1200 });
    const slow = await openDemo();
    await hoverText(slow, 'backstory-person', 'Vladimir Putin');
    await slow.waitForTimeout(700);
    expect(await cardIsOpen(slow)).toBe(false);
    await waitForCard(slow);
    await slow.close();
  });
});

/** The texts highlighted as each type, for one name. */
async function typesOf(page: Page, text: string): Promise<Record<string, number>> {
  const h = await readHighlights(page);
  const out: Record<string, number> = {};
  for (const [name, texts] of Object.entries(h)) {
    const n = texts.filter((t) => t === text).length;
    if (n) out[name] = n;
  }
  return out;
}

describe('picking the right entity', () => {
  const open = () => openHighlighted(browser, `${pages.url}/link-choice.html`);

  it('re-links every mention of the name to the alternative picked, and keeps it after a reload', async () => {
    const page = await open();
    const before = await typesOf(page, 'IOM');
    const [highlight, count] = Object.entries(before)[0];
    expect(count).toBe(3);
    await hoverText(page, highlight, 'IOM');
    const first = await waitForCard(page);
    await clickCardButton(page, 'Not the right one?');
    const options = await waitInCard(page, (root) => {
      const found = [...(root?.querySelectorAll('button[data-choice]') ?? [])].map((b) => ({
        id: (b as HTMLElement).dataset.choice ?? '',
        text: b.textContent ?? '',
      }));
      return found.length ? found : null;
    });
    expect(options.at(-1)).toEqual({ id: '', text: 'None of these' });
    const other = options[0];
    expect(other.id).not.toBe('');
    const chosenName = other.text.replace(/\s*\(.*\)$/, '');
    expect(chosenName).not.toBe(first.name);
    await clickCardButton(page, { choice: other.id });

    // Every mention of the name on the page follows, not only the one hovered.
    // (The alternative picked is another type here: the agency, not the island, or the reverse.)
    await page.waitForFunction(
      ([h]) => !([...(CSS.highlights.get(h) ?? [])] as Range[]).some((r) => `${r}` === 'IOM'),
      [highlight] as const,
      { timeout: 5_000 },
    );
    await hoverText(page, Object.keys(await typesOf(page, 'IOM'))[0], 'IOM');
    expect((await waitForCard(page)).name).toBe(chosenName);
    expect(Object.values(await typesOf(page, 'IOM'))).toEqual([3]);

    // Kept for this site: a reload shows the reader's choice.
    const again = await open();
    const after = await typesOf(again, 'IOM');
    expect(Object.values(after)).toEqual([3]);
    await hoverText(again, Object.keys(after)[0], 'IOM');
    expect((await waitForCard(again)).name).toBe(chosenName);

    // "None of these": the name is shown as a name no pack knows, with its own card.
    await clickCardButton(again, 'Not the right one?');
    await clickCardButton(again, 'None of these');
    await again.waitForTimeout(300);
    await hoverText(again, Object.keys(await typesOf(again, 'IOM'))[0], 'IOM');
    const unknown = await waitForCard(again);
    expect(unknown.name).toBe('IOM');
    expect(unknown.source).toBe('');
    // ... and can be linked again from there.
    await clickCardButton(again, 'Link it to a known entity');
    await clickCardButton(again, { choice: other.id });
    await again.waitForTimeout(300);
    await hoverText(again, Object.keys(await typesOf(again, 'IOM'))[0], 'IOM');
    expect((await waitForCard(again)).name).toBe(chosenName);
    await page.close();
    await again.close();
  });

  it('says when a role began after the article was published', async () => {
    const page = await open();
    await hoverText(page, 'backstory-person', 'Emmanuel Macron');
    await waitForCard(page);
    const note = await evaluateInCard(
      page,
      (root) => root?.querySelector('[data-field=role-date]')?.textContent ?? '',
    );
    expect(note).toMatch(/^Since 14 May 2017 — after this article’s date \(10 Mar 2016\)\.$/);
    await page.close();

    // The demo article is from December 2025: no such note on its cards.
    const demo = await openDemo();
    await hoverText(demo, 'backstory-person', 'Emmanuel Macron');
    await waitForCard(demo);
    expect(
      await evaluateInCard(demo, (root) => !!root?.querySelector('[data-field=role-date]')),
    ).toBe(false);
    await demo.close();
  });
});

describe('a hostile page', () => {
  it('cannot read the card, hide it with its own styles, or press its buttons', async () => {
    const page = await openDemo();
    await hoverText(page, 'backstory-person', 'Vladimir Putin');
    await waitForCard(page);
    // The page's own script sees the host, but no way into the card.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('backstory-card') as HTMLElement;
      return {
        shadowRoot: host.shadowRoot === null,
        text: host.textContent,
        reattach: (() => {
          try {
            host.attachShadow({ mode: 'open' });
            return 'attached';
          } catch {
            return 'refused';
          }
        })(),
      };
    });
    expect(seen).toEqual({ shadowRoot: true, text: '', reattach: 'refused' });

    // Its styles, however strong, leave the host as it is.
    const style = await page.evaluate(async () => {
      const host = document.querySelector('backstory-card') as HTMLElement;
      const sheet = document.createElement('style');
      sheet.textContent =
        '@layer x { backstory-card { opacity: 0 !important; } } html > backstory-card { opacity: 0 !important; visibility: hidden !important; display: none !important; filter: blur(9px) !important; clip-path: inset(50%) !important; transform: translateX(-9999px) !important; z-index: 0 !important; }';
      document.head.append(sheet);
      host.style.setProperty('opacity', '0', 'important');
      host.setAttribute('style', 'display: none !important');
      await new Promise((r) => setTimeout(r, 50));
      const cs = getComputedStyle(host);
      return [
        cs.opacity,
        cs.visibility,
        cs.display,
        cs.filter,
        cs.clipPath,
        cs.transform,
        cs.zIndex,
      ];
    });
    expect(style).toEqual(['1', 'visible', 'block', 'none', 'none', 'none', '2147483647']);
    expect(await cardIsOpen(page)).toBe(true);

    // A scripted click on "Not this" or "Never highlight this" (untrusted events) changes nothing.
    const storedSettings = () =>
      browser.context.serviceWorkers()[0].evaluate(async () => {
        const chrome = (
          globalThis as unknown as {
            chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome;
        return JSON.stringify((await chrome.storage.local.get('settings')).settings ?? null);
      });
    const before = await storedSettings();
    await evaluateInCard(page, (root) => {
      for (const b of root?.querySelectorAll('button') ?? [])
        if (b.textContent === 'Not this' || b.textContent === 'Never highlight this') b.click();
    });
    await page.waitForTimeout(300);
    expect(await cardIsOpen(page)).toBe(true);
    expect((await readHighlights(page))['backstory-person']).toContain('Vladimir Putin');
    expect(await storedSettings()).toBe(before);
    await page.close();
  });
});

describe('a hostile page that defines its own <backstory-card>', () => {
  it('still gets a card it cannot read', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { taken: ShadowRoot[] };
      w.taken = [];
      customElements.define(
        'backstory-card',
        class extends HTMLElement {
          constructor() {
            super();
            w.taken.push(this.attachShadow({ mode: 'open' }));
          }
        },
      );
    });
    await page.goto(`${server.url}/index.html`);
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
    await waitForStableHighlights(page);
    await hoverText(page, 'backstory-person', 'Vladimir Putin');
    expect((await waitForCard(page)).name).toBe('Vladimir Putin');
    const leaked = await page.evaluate(() =>
      (window as unknown as { taken: ShadowRoot[] }).taken.map((r) => r.textContent).join(''),
    );
    expect(leaked).not.toContain('Putin');
    await page.close();
  });
});
