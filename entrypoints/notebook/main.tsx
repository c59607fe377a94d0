import { render } from 'preact';
import { Notebook } from '../../components/Notebook';
import { notebookActions } from '../../components/notebook-actions';
import { t, uiLanguage } from '../../lib/i18n/strings';
import '../options/options.css';

document.documentElement.lang = uiLanguage();
document.title = t('notebookTitle');
const app = document.getElementById('app');
if (app) render(<Notebook actions={notebookActions} />, app);
