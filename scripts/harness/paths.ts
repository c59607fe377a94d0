/**
 * Where the harness finds things: the repository, the built extension, and the shared fixtures
 * and data (`../shared` next to the checkout; a linked git worktree also looks next to its main
 * checkout; `BACKSTORY_SHARED_DIR` overrides both).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

function mainCheckout(): string | null {
  const dotGit = join(ROOT, '.git');
  if (!existsSync(dotGit) || statSync(dotGit).isDirectory()) return null;
  // A linked worktree's .git is a file: "gitdir: MAIN/.git/worktrees/NAME".
  const gitdir = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1];
  return gitdir ? resolve(gitdir.trim(), '../../..') : null;
}

function sharedDir(): string {
  if (process.env.BACKSTORY_SHARED_DIR) return resolve(process.env.BACKSTORY_SHARED_DIR);
  const beside = resolve(ROOT, '../shared');
  if (existsSync(beside)) return beside;
  const main = mainCheckout();
  return main && existsSync(resolve(main, '../shared')) ? resolve(main, '../shared') : beside;
}

export const SHARED_DIR = sharedDir();
