// Hydrates the server-rendered article, late on purpose: Backstory has painted by then, so a
// hydration error would show that highlighting had changed the server's markup.
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app';

const errors: string[] = [];
(window as unknown as { hydrationErrors: string[] }).hydrationErrors = errors;
setTimeout(() => {
  hydrateRoot(document.getElementById('root') as HTMLElement, createElement(App), {
    onRecoverableError: (error) => errors.push(String(error)),
  });
  (window as unknown as { hydrated: boolean }).hydrated = true;
}, 1500);
