/** The store packages `npm run zip` writes (WXT's names: NAME-VERSION-BROWSER.zip). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

/** The package for one browser, or the Firefox sources archive. */
export const packagePath = (which: 'chrome' | 'firefox' | 'sources'): string =>
  join(ROOT, '.output', `${name}-${version}-${which}.zip`);
