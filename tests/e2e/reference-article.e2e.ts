/**
 * The reference article in real Chromium with the built extension: what is highlighted, what
 * is not, that the page's DOM is left alone, and the Putin card.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from '../../scripts/harness/browser';
import {
  evaluateInCard,
  hoverText,
  readCard,
  readHighlights,
  waitForCard,
  waitForHighlight,
  waitForStableHighlights,
  waitInCard,
} from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

const PEOPLE = ['Vladimir Putin', 'Donald Trump', 'Xi Jinping', 'Emmanuel Macron'];
/** The article's hand labels (../shared/fixtures/pages/crbc-putin-peace-plan.expected.json): every entity, by type. */
const LABELLED: [type: string, forms: string[], alsoType?: string][] = [
  ['person', ['Vladimir Putin', 'Putin']],
  ['person', ['Steve Witkoff', 'Witkoff']],
  ['person', ['Jared Kushner', 'Kushner']],
  ['person', ['Donald Trump', 'Trump']],
  ['person', ['Rustem Umerov']],
  ['person', ['Emmanuel Macron']],
  ['person', ['Xi Jinping']],
  ['person', ['Vladimir Saldo']],
  ['place', ['Ukraine']],
  ['place', ['Russia']],
  ['place', ['Moscow']],
  ['place', ['Kremlin'], 'org'],
  ['place', ['Miami']],
  ['place', ['Kyiv']],
  ['place', ['China']],
  ['place', ['Beijing']],
  ['place', ['Kryvyi Rih']],
  ['place', ['Kherson']],
  ['place', ['Odesa']],
  ['place', ['New Delhi']],
  ['place', ['U.S.']],
  ['org', ['India Today TV', 'India Today']],
  ['org', ['Tass']],
  ['org', ['RIA Novosti']],
  ['org', ['Kherson Thermal Power Plant'], 'place'],
];
const FIGURES = [
  'five-hour meeting',
  'two ballistic missiles',
  '138 drones',
  'six people',
  '3-year-old girl',
  'more than 40 residential buildings',
  '6-year-old girl',
  'more than 40,000 residents',
  'two men',
  '68-year-old woman',
];
const PLACES = [
  'Ukraine',
  'Russia',
  'Moscow',
  'Kyiv',
  'China',
  'Beijing',
  'Miami',
  'Kherson',
  'Odesa',
  'New Delhi',
];
const MUST_NOT_FIND = [
  'Overview',
  'Parts Of',
  'Peace Plan',
  'Diplomatic Push',
  'Meets Skepticism',
  'Fighting Continues',
  'Despite',
  'Officials',
  'Reporter note',
  'Similar Articles',
  'World',
  'Europe',
  'Politics',
  'Business',
  'Privacy',
  'Terms',
];

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
let page: Page;
const pageErrors: string[] = [];

/** Records every mutation of the page from before any script (ours included) runs. */
function watchMutations() {
  const log: string[] = [];
  (window as unknown as { __mutations: string[] }).__mutations = log;
  const describe = (n: Node) => (n.nodeType === 1 ? (n as Element).localName : `${n.nodeName}`);
  // The parser's own insertions happen before DOMContentLoaded: at that moment the records
  // still queued are the parser's and are dropped; everything after is scripts.
  let parsed = false;
  const observer = new MutationObserver((records) => {
    if (!parsed) return;
    for (const r of records) {
      if (r.type === 'childList') {
        r.addedNodes.forEach((n) => log.push(`add ${describe(n)} to ${describe(r.target)}`));
        r.removedNodes.forEach((n) => log.push(`remove ${describe(n)} from ${describe(r.target)}`));
      } else
        log.push(
          `${r.type} ${describe(r.target)} ${r.attributeName ?? JSON.stringify(r.oldValue ?? (r.target as CharacterData).data?.slice(0, 40))}`,
        );
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  document.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords();
    parsed = true;
  });
}

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'));
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(watchMutations);
  await page.goto(`${server.url}/index.html`);
  await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
  await waitForStableHighlights(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reference article', () => {
  it('highlights the people and places it names', async () => {
    const h = await readHighlights(page);
    const people = h['backstory-person'] ?? [];
    for (const name of PEOPLE) {
      const surname = name.split(' ').pop() as string;
      expect(
        people.some((t) => t === name || t === surname),
        name,
      ).toBe(true);
    }
    const places = h['backstory-place'] ?? [];
    for (const name of PLACES) expect(places, name).toContain(name);
  });

  it('highlights every labelled entity with its type, known to the packs or found by the tagger', async () => {
    const h = await readHighlights(page);
    for (const [type, forms, alsoType] of LABELLED) {
      const found = [type, alsoType]
        .filter(Boolean)
        .some((t) => (h[`backstory-${t}`] ?? []).some((text) => forms.includes(text)));
      expect(found, `${forms[0]} as ${type}`).toBe(true);
    }
    const figures = h['backstory-figure'] ?? [];
    for (const f of FIGURES) expect(figures, f).toContain(f);
  });

  it('shows what the page says about a name no pack knows', async () => {
    await hoverText(page, 'backstory-person', 'Rustem Umerov');
    const card = await waitForCard(page);
    expect(card.name).toBe('Rustem Umerov');
    const roles = await evaluateInCard(
      page,
      (root) => root?.querySelector('[data-field=roles]')?.textContent ?? '',
    );
    expect(roles).toContain('Ukraine’s chief negotiator — CRBC News, 4 Dec 2025');
    expect(card.related.some((r) => r.text.includes('Rustem Umerov'))).toBe(true);
    await page.keyboard.press('Escape');
    // What the reader's feeds said about a name, with their source, after what the page says.
    await hoverText(page, 'backstory-person', 'Steve Witkoff');
    await waitForCard(page);
    const witkoff = await evaluateInCard(page, (root) =>
      [...(root?.querySelectorAll('[data-field=roles] li') ?? [])].map((li) => li.textContent),
    );
    expect(witkoff).toEqual([
      'Trump special envoy — CRBC News, 4 Dec 2025',
      'White House envoy — Backstory sample feed, 1 Dec 2025',
    ]);
    await page.keyboard.press('Escape');
  });

  it('highlights "138 drones" as a figure', async () => {
    const figures = (await readHighlights(page))['backstory-figure'] ?? [];
    expect(figures.some((t) => t.includes('138 drones'))).toBe(true);
  });

  it('never highlights outside the article body or the must-not-find phrases', async () => {
    const outside = await page.evaluate(() => {
      const article = document.querySelector('article') as Element;
      const bad: string[] = [];
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('backstory-')) continue;
        for (const r of h as Highlight) {
          const node = (r as Range).commonAncestorContainer;
          if (!article.contains(node)) bad.push(`${name}: ${(r as Range).toString()}`);
        }
      }
      return bad;
    });
    expect(outside).toEqual([]);
    const all = Object.values(await readHighlights(page)).flat();
    for (const phrase of MUST_NOT_FIND)
      expect(
        all.filter((t) => t.includes(phrase)),
        phrase,
      ).toEqual([]);
  });

  it('opens the Putin card with background and related articles, closes on Escape', async () => {
    await hoverText(page, 'backstory-person', 'Putin');
    const card = await waitForCard(page);
    expect(card.name).toBe('Vladimir Putin');
    expect(card.type).toBe('Person');
    expect(card.description).toMatch(/President of Russia/);
    expect(card.background.length).toBeGreaterThan(40);
    expect(card.source).toMatch(/Factbook/);
    expect(card.related.length).toBeGreaterThan(0);
    for (const link of card.related) expect(link.href).toMatch(/^https?:\/\//);
    await page.keyboard.press('Escape');
    await waitInCard(page, (root) => !root?.querySelector('[data-backstory-card]'));
  });

  it('closes the card after the pointer leaves name and card', async () => {
    await hoverText(page, 'backstory-place', 'Kherson');
    const card = await waitForCard(page);
    expect(card.name).toBe('Kherson');
    await page.mouse.move(5, 5, { steps: 3 });
    await waitInCard(page, (root) => !root?.querySelector('[data-backstory-card]'));
    expect(await readCard(page)).toBeNull();
  });

  it('changed nothing in the page but adding its own UI host', async () => {
    // A card shown and closed, so the host has been added whichever tests ran before.
    await hoverText(page, 'backstory-person', 'Donald Trump');
    await waitForCard(page);
    await page.keyboard.press('Escape');
    const mutations = await page.evaluate(
      () => (window as unknown as { __mutations: string[] }).__mutations,
    );
    expect(mutations.length).toBeGreaterThan(0); // The observer works: it saw our card host.
    expect(mutations.filter((m) => !/^add backstory-card to html$/.test(m))).toEqual([]);
    const sheets = await page.evaluate(() => ({
      own: document.styleSheets.length,
      styles: document.querySelectorAll('style').length,
    }));
    expect(sheets).toEqual({ own: 1, styles: 0 });
    expect(pageErrors).toEqual([]);
  });
});
