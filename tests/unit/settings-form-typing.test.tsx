// @vitest-environment happy-dom
/**
 * A field the reader is typing in keeps what they typed when the stored settings change under
 * it (the choice saved just before it, another tab), and saves it when they leave the field.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { SettingsForm } from '../../components/SettingsForm';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/rules/settings';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

it('keeps the delay being typed when the stored settings change, then saves it', async () => {
  root = document.createElement('div');
  document.body.append(root);
  const saved: Partial<Settings>[] = [];
  let notify: (s: Settings) => void = () => {};
  const stored: Settings = { ...DEFAULT_SETTINGS, openDelayMs: 400 };
  await act(() =>
    render(
      <SettingsForm
        initial={stored}
        save={async (patch) => {
          saved.push(patch);
          return { synced: true };
        }}
        subscribe={(listener) => {
          notify = listener;
          return () => {};
        }}
      />,
      root!,
    ),
  );
  const delay = root.querySelector<HTMLInputElement>('input[type=number]')!;
  delay.value = '900';
  await act(() => void delay.dispatchEvent(new Event('input', { bubbles: true })));
  // The trigger saved a moment before arrives from storage, with the old delay.
  await act(() => notify({ ...stored, trigger: 'click' }));
  expect(delay.value).toBe('900');
  await act(() => void delay.dispatchEvent(new Event('change', { bubbles: true })));
  expect(saved).toEqual([{ openDelayMs: 900 }]);
  // Once saved, the field follows what is stored again.
  await act(() => notify({ ...stored, trigger: 'click', openDelayMs: 650 }));
  expect(delay.value).toBe('650');
});
