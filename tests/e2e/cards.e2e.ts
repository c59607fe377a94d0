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
  hoverText,
  readHighlights,
  waitForCard,
  waitForHighlight,
  waitForStableHighlights,
} from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
// Settings and mutes a test changed are back to the defaults for the next one, even if it failed.
afterEach(async () => {
  await setSettings(browser, {});
});

const openDemo = (host = '127.0.0.1'): Promise<Page> =>
  openHighlighted(browser, `${server.url.replace('127.0.0.1', host)}/index.html`);

/** Read a value from inside the card's shadow root. */
function inCard<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate((body) => {
    const card = document
      .querySelector('backstory-card')
      ?.shadowRoot?.querySelector('[data-backstory-card]');
    return new Function('card', body)(card) as T;
  }, fn);
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
    const announced = await page.evaluate(
      () =>
        document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role=status]')
          ?.textContent,
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
    const geometry = await page.evaluate(() => {
      const card = document
        .querySelector('backstory-card')!
        .shadowRoot!.querySelector('[data-backstory-card]')!
        .getBoundingClientRect();
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
    const result = await page.evaluate(() => {
      const card = document
        .querySelector('backstory-card')!
        .shadowRoot!.querySelector('[data-backstory-card]') as HTMLElement;
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
    await page.evaluate(() =>
      (
        [...document.querySelector('backstory-card')!.shadowRoot!.querySelectorAll('button')].find(
          (b) => b.textContent === 'Not this',
        ) as HTMLButtonElement
      ).click(),
    );
    await page.waitForFunction(
      () =>
        !([...(CSS.highlights.get('backstory-person') ?? [])] as Range[]).some((r) =>
          /Putin/.test(r.toString()),
        ),
    );
    await hoverText(page, 'backstory-place', 'Kyiv');
    await waitForCard(page);
    await page.evaluate(() =>
      (
        [...document.querySelector('backstory-card')!.shadowRoot!.querySelectorAll('button')].find(
          (b) => b.textContent === 'Never highlight this',
        ) as HTMLButtonElement
      ).click(),
    );
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
    await page.evaluate(() =>
      (
        [...document.querySelector('backstory-card')!.shadowRoot!.querySelectorAll('button')].find(
          (b) => b.textContent === 'Save',
        ) as HTMLButtonElement
      ).click(),
    );
    await page.waitForFunction(() =>
      [...document.querySelector('backstory-card')!.shadowRoot!.querySelectorAll('button')].some(
        (b) => b.textContent === 'Saved',
      ),
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
