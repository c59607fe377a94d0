import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run feed:parse` on real feeds (../shared/fixtures/feeds): JSON out, or one line and exit 1.
const ROOT = resolve(import.meta.dirname, '../..');
const FEEDS = resolve(ROOT, '../shared/fixtures/feeds');
const present = existsSync(FEEDS);
if (!present) console.log(`skipping feed:parse CLI tests: ${FEEDS} is absent`);
const cli = (file: string) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', resolve(ROOT, 'scripts/feed-parse.ts'), resolve(FEEDS, file)],
    { encoding: 'utf8', cwd: ROOT },
  );

describe.skipIf(!present)('npm run feed:parse', () => {
  it('prints the normalised feed as JSON', () => {
    const run = cli('odd/node-feedparser__iconv.xml');
    expect(run.status).toBe(0);
    const feed = JSON.parse(run.stdout) as {
      title: string;
      items: { id: string; url: string; title: string; summary: string; publishedAt: number }[];
    };
    expect(feed.items).toHaveLength(10);
    expect(feed.items[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        url: expect.stringMatching(/^https?:/),
        title: expect.stringMatching(/[а-яА-Я]/),
        publishedAt: expect.any(Number),
      }),
    );
  }, 30_000);

  it('prints one line of error and exits 1 for what is not a feed', () => {
    const run = cli('malformed/node-feedparser__invalid-characters-gzipped.xml');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^feed:parse: .*gzip/)]);
  }, 30_000);
});
