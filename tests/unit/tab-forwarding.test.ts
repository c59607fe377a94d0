/** What the background forwards to a tab: known commands only, and the selection to save. */
import { expect, it } from 'vitest';
import { forwardCommand, saveSelection, type TabsLike } from '../../lib/background/tab-forwarding';

function tabs(fail = false) {
  const sent: [number, unknown][] = [];
  const api: TabsLike = {
    query: async () => [{ id: 7 }],
    sendMessage: async (id, message) => {
      sent.push([id, message]);
      if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true };
    },
  };
  return { api, sent };
}

it('forwards known commands to the given or the active tab, and nothing else', async () => {
  const { api, sent } = tabs();
  await forwardCommand(api, 'next-mention', 3);
  await forwardCommand(api, 'toggle-highlights');
  await forwardCommand(api, 'format-disk', 3);
  expect(sent).toEqual([
    [3, { type: 'command', name: 'next-mention' }],
    [7, { type: 'command', name: 'toggle-highlights' }],
  ]);
});

it('asks the tab to save its selection, and reports a tab that cannot answer', async () => {
  const reports: string[] = [];
  const { api, sent } = tabs(true);
  await saveSelection(api, 5, (context, message) => reports.push(`${context}: ${message}`));
  await saveSelection(api, undefined, () => reports.push('no tab'));
  expect(sent).toEqual([[5, { type: 'clip-selection' }]]);
  expect(reports).toEqual([
    'save selection: Could not establish connection. Receiving end does not exist.',
  ]);
});
