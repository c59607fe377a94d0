/** The notebook's actions over the protocol, for the notebook page and the side panel. */
import type { NotebookActions } from './Notebook';
import { ask } from '../lib/messaging/client';

export const notebookActions: NotebookActions = {
  list: async (query) => {
    const r = await ask({ type: 'clips-list', query });
    return r.ok ? r.clips : r.message;
  },
  update: async (id, edit) => {
    const r = await ask({ type: 'clip-update', id, edit });
    return r.ok ? r.clip : r.message;
  },
  remove: async (ids) => {
    const r = await ask({ type: 'clips-delete', ids });
    return r.ok ? r.deleted : r.message;
  },
  copy: (text) => navigator.clipboard.writeText(text),
  download: (name, mimeType, text) => {
    const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};
