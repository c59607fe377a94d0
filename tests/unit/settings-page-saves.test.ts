/**
 * The settings page's sections save only their own fields over what is stored; saves made
 * one right after another (a choice, then a field typed at once) must both land. On WXT's
 * fake browser storage.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readSettings, saveSection } from '../../components/settings/settings-page-actions';

beforeEach(() => fakeBrowser.reset());

describe('saving the settings page’s sections', () => {
  it('keeps both of two saves made at once', async () => {
    await Promise.all([saveSection({ trigger: 'click' }), saveSection({ openDelayMs: 900 })]);
    const stored = await readSettings();
    expect(stored.trigger).toBe('click');
    expect(stored.openDelayMs).toBe(900);
  });
});
