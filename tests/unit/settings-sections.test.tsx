// @vitest-environment happy-dom
/**
 * The settings page's list of mutes (every mute by name, searchable, each removable), the
 * backup section's refusal of a hostile file, and the card's undo after a mute.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardActions, UNDO_MS } from '../../components/CardActions';
import { HoverCard } from '../../components/HoverCard';
import type { CardState } from '../../lib/cards/card-state';
import { BackupSection, type BackupActions } from '../../components/settings/BackupSection';
import { MutesSection } from '../../components/settings/MutesSection';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/rules/settings';
import { literalsIn } from './catalogue-literals';

// The card's buttons act on trusted input only; here the test's clicks stand for the reader's.
vi.mock('../../components/trusted-input', () => ({
  onTrusted:
    <E,>(act: (event: E) => void) =>
    (event: E) =>
      act(event),
}));

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

async function shown(view: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(view, root));
}

const button = (name: string) => {
  const b = [...root.querySelectorAll('button')].find(
    (x) => (x.getAttribute('aria-label') ?? x.textContent) === name,
  );
  if (!b) throw new Error(`no button ${name}`);
  return b;
};
const rows = () => [...root.querySelectorAll('li')].map((li) => li.textContent);

describe('the list of mutes', () => {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    mutedEntities: ['starter:putin', 'name:details awaited'],
    mutedOnSites: { 'news.example': ['figure:3 million', 'starter:gone'] },
  };
  const lookupNames = async (ids: string[]) =>
    new Map(ids.filter((id) => id === 'starter:putin').map((id) => [id, 'Vladimir Putin']));

  it('names every mute, filters by the search, and removes one at a time', async () => {
    const update = vi.fn();
    await shown(<MutesSection settings={settings} update={update} lookupNames={lookupNames} />);
    await act(async () => {});
    expect(rows()).toEqual([
      'Vladimir Putin everywhere Remove',
      'details awaited everywhere Remove',
      '3 million (figure) on news.example Remove',
      'A name your packs no longer have on news.example Remove',
    ]);
    // Every word shown is the reader's data or a message of the catalogue.
    expect(
      literalsIn(root, ['Vladimir Putin', 'details awaited', '3 million', 'news.example']),
    ).toEqual([]);
    const search = root.querySelector<HTMLInputElement>('input[type=search]');
    if (!search) throw new Error('no search field');
    search.value = 'NEWS.example';
    await act(() => void search.dispatchEvent(new Event('input', { bubbles: true })));
    expect(rows()).toHaveLength(2);
    search.value = 'putin';
    await act(() => void search.dispatchEvent(new Event('input', { bubbles: true })));
    expect(rows()).toEqual(['Vladimir Putin everywhere Remove']);
    await act(() => button('Remove Vladimir Putin (everywhere)').click());
    // Only the mutes are handed back: the page saves them over the settings as stored now.
    expect(update).toHaveBeenLastCalledWith({ mutedEntities: ['name:details awaited'] });
    search.value = '';
    await act(() => void search.dispatchEvent(new Event('input', { bubbles: true })));
    await act(() => button('Remove 3 million (figure) (on news.example)').click());
    expect(update).toHaveBeenLastCalledWith({
      mutedOnSites: { 'news.example': ['starter:gone'] },
    });
    await act(() => button('Clear muted names').click());
    expect(update).toHaveBeenLastCalledWith({ mutedEntities: [], mutedOnSites: {} });
  });
});

describe('the backup section', () => {
  it('shows why a hostile file is refused and offers nothing to apply', async () => {
    const commit = vi.fn(async () => {});
    const actions: BackupActions = {
      current: async () => ({ settings: DEFAULT_SETTINGS, linkChoices: [] }),
      commit,
      exportText: async () => '',
      download: vi.fn(),
      usage: async () => ({
        bytes: null,
        quota: 102_400,
        keptLocal: ['Big'],
        settingsTooLarge: false,
      }),
      subscribe: () => () => {},
    };
    await shown(<BackupSection actions={actions} />);
    await act(async () => {});
    expect(root.textContent).toContain('Browser sync: usage not available in this browser.');
    expect(root.textContent).toContain('Too large to sync, kept on this device only: Big.');
    const input = root.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('no file field');
    const file = new File(
      [
        '{"format":"backstory-settings","schemaVersion":2,"exportedAt":"","settings":{},' +
          '"linkChoices":[{"__proto__":{}}]}',
      ],
      'x.json',
    );
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    await act(async () => {});
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'Not imported: “__proto__” is not allowed as a key (in “linkChoices[0]”).',
    );
    expect(root.querySelector('[data-field=import-preview]')).toBeNull();
    expect(commit).not.toHaveBeenCalled();
    expect(literalsIn(root, ['Big', '__proto__', 'linkChoices'])).toEqual([]);
  });
});

describe('the card after a mute', () => {
  const handlers = (undo: () => void) => ({
    notThis: vi.fn(() => undo),
    never: vi.fn(() => undo),
    save: vi.fn(async () => true),
    openNotebook: vi.fn(),
    choose: vi.fn(),
    dismiss: vi.fn(),
  });

  it('offers Undo, which takes the mute back and keeps the card', async () => {
    const undo = vi.fn();
    const h = handlers(undo);
    await shown(<CardActions handlers={h} />);
    await act(() => button('Not this').click());
    expect(root.textContent).toContain('Not highlighted on this site any more.');
    expect(document.activeElement?.textContent).toBe('Undo');
    await act(() => button('Undo').click());
    expect(undo).toHaveBeenCalledTimes(1);
    expect(h.dismiss).not.toHaveBeenCalled();
    expect(button('Never highlight this')).toBeTruthy();
  });

  it('closes the card once the time to undo is over', async () => {
    vi.useFakeTimers();
    const undo = vi.fn();
    const h = handlers(undo);
    await shown(<CardActions handlers={h} />);
    await act(() => button('Never highlight this').click());
    expect(root.textContent).toContain('Never highlighted any more.');
    await act(() => void vi.advanceTimersByTime(UNDO_MS));
    expect(h.dismiss).toHaveBeenCalledTimes(1);
    expect(undo).not.toHaveBeenCalled();
  });
});

describe('cards of unknown names and of figures', () => {
  const base = { start: 0, end: 15, confidence: 0.8, text: 'Details Awaited' } as const;
  const states: CardState[] = [
    {
      status: 'unknown',
      mention: { ...base, type: 'person', via: 'model' },
      roles: [],
      related: [],
      page: { mentionCount: 1 },
    },
    {
      status: 'figure',
      mention: {
        ...base,
        text: '3 million',
        type: 'figure',
        via: 'figure',
        figure: { kind: 'count', value: 3_000_000, key: 'count:', counts: '' },
      },
      elsewhere: [],
      page: { mentionCount: 1 },
    },
  ];
  it.each(states.map((s) => [s.status, s] as const))('a %s card can be muted', async (_, state) => {
    const notThis = vi.fn();
    const never = vi.fn();
    const h = {
      notThis,
      never,
      save: vi.fn(async () => true),
      openNotebook: vi.fn(),
      choose: vi.fn(),
    };
    await shown(<HoverCard state={state} actions={h} />);
    await act(() => button('Not this').click());
    await act(() => button('Never highlight this').click());
    expect(notThis).toHaveBeenCalledTimes(1);
    expect(never).toHaveBeenCalledTimes(1);
  });
});
