// @vitest-environment happy-dom
/**
 * The site rule views: the popup's "On this site" and its one-click change, the settings
 * page's Sites section, and the card's why line. Every string comes from the catalogue, every
 * control has a name, and each change writes what it says.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupSiteRule } from '../../components/PopupSiteRule';
import { SitesSection } from '../../components/settings/SitesSection';
import { HoverCard } from '../../components/HoverCard';
import { WhyLine } from '../../components/WhyLine';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/rules/settings';
import type { Mention } from '../../lib/types/mention';
import { literalsIn } from './catalogue-literals';

vi.mock('../../components/trusted-input', () => ({
  onTrusted:
    <E,>(act: (event: E) => void) =>
    (event: E) =>
      act(event),
}));

const HOST = 'qexlo.example';
const PATTERN = '*.qorpus.example';
const DATA = [HOST, PATTERN, 'news.qexlo.example', '*.example.com/opinion/*', 'Quillon'];

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

async function shown(view: preact.ComponentChild): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(view, root));
  await settle();
  return root;
}

/** Every input, select and button has an accessible name (a label, aria-label or its text). */
function unnamedControls(el: HTMLElement): string[] {
  return [...el.querySelectorAll('input, select, button')]
    .filter((c) => {
      if (c.getAttribute('aria-label')) return false;
      if (c.tagName === 'BUTTON' && c.textContent?.trim()) return false;
      if (c.closest('label')) return false;
      return !(c.id && el.querySelector(`label[for="${c.id}"]`));
    })
    .map((c) => c.outerHTML);
}

async function choose(select: Element | null, value: string) {
  if (!(select instanceof HTMLSelectElement)) throw new Error('no select');
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

function store(initial: Partial<Settings>) {
  let stored: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const save = vi.fn((s: Settings) => ((stored = s), Promise.resolve({ synced: true })));
  return {
    access: { load: () => Promise.resolve(stored), save },
    save,
    get stored() {
      return stored;
    },
  };
}

describe('the popup’s site rule', () => {
  it('names the default, changes the site with one choice and says the rule', async () => {
    const s = store({ siteDefaultAsked: true });
    const el = await shown(
      <PopupSiteRule pageUrl={`https://${HOST}/a`} article={true} settings={s.access} />,
    );
    expect(el.querySelector('[data-field="site-mode"]')?.textContent).toBe(
      'On this site: all highlights, by your default for other sites',
    );
    expect(el.querySelector('[data-field="site-default-question"]')).toBeNull();
    await choose(el.querySelector('[data-action="site-mode"]'), 'off');
    expect(s.stored.siteRules).toEqual([{ pattern: HOST, mode: 'off' }]);
    expect(el.querySelector('[data-field="site-mode"]')?.textContent).toBe(
      `On this site: off, by rule ${HOST}`,
    );
    expect(literalsIn(el, DATA)).toEqual([]);
    expect(unnamedControls(el)).toEqual([]);
  });

  it('says the rule that applies, a wildcard one included, and a page with no article', async () => {
    const s = store({ siteRules: [{ pattern: PATTERN, mode: 'names' }], siteDefault: 'articles' });
    const el = await shown(
      <PopupSiteRule pageUrl="https://www.qorpus.example/" article={false} settings={s.access} />,
    );
    expect(el.querySelector('[data-field="site-mode"]')?.textContent).toBe(
      `On this site: names only, by rule ${PATTERN}`,
    );
    render(null, root);
    await act(() =>
      render(
        <PopupSiteRule pageUrl={`https://${HOST}/`} article={false} settings={s.access} />,
        root,
      ),
    );
    await settle();
    expect(root.querySelector('[data-field="site-mode"]')?.textContent).toBe(
      'On this site: off, by your default for other sites',
    );
  });

  it('asks once for the default for other sites', async () => {
    const s = store({ siteDefaultAsked: false });
    const el = await shown(
      <PopupSiteRule pageUrl={`https://${HOST}/`} article={true} settings={s.access} />,
    );
    const off = el.querySelector<HTMLButtonElement>('[data-site-default="off"]');
    expect(off?.textContent).toBe('Off: only where I turn it on');
    await act(() => off?.click());
    await settle();
    expect(s.stored).toMatchObject({ siteDefault: 'off', siteDefaultAsked: true });
    expect(el.querySelector('[data-field="site-default-question"]')).toBeNull();
    expect(el.querySelector('[data-field="site-mode"]')?.textContent).toBe(
      'On this site: off, by your default for other sites',
    );
  });
});

describe('the Sites section', () => {
  function section(initial: Partial<Settings>) {
    let settings: Settings = { ...DEFAULT_SETTINGS, siteDefaultAsked: true, ...initial };
    const update = vi.fn((next: Settings) => {
      settings = next;
      render(<SitesSection settings={settings} update={update} />, root);
    });
    return {
      view: () => <SitesSection settings={settings} update={update} />,
      update,
      get settings() {
        return settings;
      },
    };
  }
  const typeAndAdd = async (el: HTMLElement, pattern: string, mode: string) => {
    const input = el.querySelector<HTMLInputElement>('[data-field="site-rule-pattern"]');
    if (!input) throw new Error('no pattern field');
    await act(() => {
      input.value = pattern;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await choose(el.querySelector('#site-rule-add-mode'), mode);
    await act(() => el.querySelector('form')?.requestSubmit());
    await settle();
  };

  it('adds a checked rule, refuses a bad or repeated one with its reason', async () => {
    const s = section({});
    const el = await shown(s.view());
    expect(el.querySelector('[data-field="site-rules-none"]')).not.toBeNull();
    await typeAndAdd(el, 'example.com:8080', 'off');
    expect(s.update).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(
      'Leave out the port: a rule covers every port of its site.',
    );
    await typeAndAdd(el, PATTERN, 'figures');
    expect(s.settings.siteRules).toEqual([{ pattern: PATTERN, mode: 'figures' }]);
    await typeAndAdd(el, '*.QORPUS.example.', 'off');
    expect(s.settings.siteRules).toHaveLength(1);
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(
      'There is already a rule for that pattern.',
    );
    expect(literalsIn(el, DATA)).toEqual([]);
    expect(unnamedControls(el)).toEqual([]);
  });

  it('edits and removes a rule, and sets the default', async () => {
    const s = section({
      siteRules: [
        { pattern: HOST, mode: 'off' },
        { pattern: PATTERN, mode: 'names' },
      ],
    });
    const el = await shown(s.view());
    await choose(el.querySelector('[aria-label="Rule 2: mode"]'), 'watch');
    expect(s.settings.siteRules[1]).toEqual({ pattern: PATTERN, mode: 'watch' });
    const field = el.querySelector<HTMLInputElement>('[aria-label="Rule 1: site or pattern"]');
    if (!field) throw new Error('no rule field');
    await act(() => {
      field.value = 'ftp://qexlo.example';
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(s.settings.siteRules[0]).toEqual({ pattern: HOST, mode: 'off' });
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(
      'Only http and https pages can have rules.',
    );
    expect(field.value).toBe('ftp://qexlo.example');
    await act(() => {
      field.value = 'news.qexlo.example';
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(s.settings.siteRules[0]).toEqual({ pattern: 'news.qexlo.example', mode: 'off' });
    expect(el.querySelector('[role="alert"]')).toBeNull();
    await act(() =>
      el
        .querySelector<HTMLButtonElement>('[aria-label="Remove rule 1 (news.qexlo.example)"]')
        ?.click(),
    );
    expect(s.settings.siteRules).toEqual([{ pattern: PATTERN, mode: 'watch' }]);
    expect(
      el.querySelector<HTMLInputElement>('[aria-label="Rule 1: site or pattern"]')?.value,
    ).toBe(PATTERN);
    await choose(el.querySelector('[data-field="site-default"]'), 'articles');
    expect(s.settings).toMatchObject({ siteDefault: 'articles', siteDefaultAsked: true });
    expect(literalsIn(el, DATA)).toEqual([]);
    expect(unnamedControls(el)).toEqual([]);
  });
});

describe('the card’s why line', () => {
  const mention: Mention = {
    start: 0,
    end: 7,
    type: 'person',
    text: 'Quillon',
    confidence: 0.9,
    via: 'model',
  };

  it('names the rule and that the type is on, with a link to edit it', async () => {
    const edit = vi.fn();
    const el = await shown(
      <WhyLine
        mention={mention}
        mentionCount={2}
        site={{ source: 'rule', mode: 'names', pattern: PATTERN }}
        editSites={edit}
      />,
    );
    expect(el.querySelector('[data-field="why-site"]')?.textContent).toBe(
      `On this site: names only, by rule ${PATTERN}. The person type is on. Edit site rules`,
    );
    await act(() => el.querySelector<HTMLButtonElement>('[data-action="edit-sites"]')?.click());
    expect(edit).toHaveBeenCalledOnce();
    expect(literalsIn(el, DATA)).toEqual([]);
  });

  it('is on figure cards too, naming the rule', async () => {
    const figure: Mention = {
      start: 0,
      end: 9,
      type: 'figure',
      text: '138 drones',
      confidence: 1,
      via: 'figure',
      figure: { kind: 'count', value: 138, counts: 'drone', key: 'count:drone' },
    };
    const el = await shown(
      <HoverCard
        state={{
          status: 'figure',
          mention: figure,
          elsewhere: [],
          page: { mentionCount: 1, site: { source: 'rule', mode: 'figures', pattern: PATTERN } },
        }}
      />,
    );
    expect(el.querySelector('[data-field="why-site"]')?.textContent).toContain(
      `On this site: figures only, by rule ${PATTERN}.`,
    );
  });

  it('names the default when no rule applies, and shows the watch line it is given', async () => {
    const el = await shown(
      <WhyLine
        mention={mention}
        mentionCount={1}
        site={{ source: 'default', mode: 'all', siteDefault: 'articles' }}
        watch={<p data-field="why-watch">Quillon</p>}
      />,
    );
    expect(el.querySelector('[data-field="site-rule"]')?.textContent).toBe(
      'Your default for other sites: article pages only.',
    );
    expect(el.querySelector('[data-action="edit-sites"]')).toBeNull();
    expect(el.querySelector('[data-field="why-watch"]')).not.toBeNull();
  });
});
