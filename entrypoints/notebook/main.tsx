import { render } from 'preact';
import { Notebook, type NotebookActions } from '../../components/Notebook';
import { t, uiLanguage } from '../../lib/i18n/strings';
import { ask } from '../../lib/messaging/client';
import '../options/options.css';

const actions: NotebookActions = {
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

document.documentElement.lang = uiLanguage();
document.title = t('notebookTitle');
const app = document.getElementById('app');
if (app) render(<Notebook actions={actions} />, app);
