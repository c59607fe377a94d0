/** The settings page's host permission request: the pattern it asks for and what the reader is told. */
import { describe, expect, it } from 'vitest';
import { describeHostAccess, hostPattern, requestHostAccess } from '../../lib/feeds/host-access';

describe('hostPattern', () => {
  it('asks for the scheme and host without the port, which match patterns cannot hold', () => {
    expect(hostPattern('http://127.0.0.1:8123/feeds/wire.xml')).toBe('http://127.0.0.1/*');
    expect(hostPattern('https://news.example.org/rss?x=1')).toBe('https://news.example.org/*');
    expect(hostPattern('http://[::1]:9000/feed')).toBe('http://[::1]/*');
  });

  it('has no pattern for what is not an http(s) URL', () => {
    expect(hostPattern('not a url')).toBeNull();
    expect(hostPattern('ftp://example.org/feed.xml')).toBeNull();
    expect(hostPattern('file:///tmp/feed.xml')).toBeNull();
  });
});

describe('requestHostAccess', () => {
  const pattern = 'http://127.0.0.1/*';

  it('asks for exactly the pattern and reports a grant', async () => {
    const asked: string[][] = [];
    const access = await requestHostAccess(pattern, {
      request: async ({ origins }) => (asked.push(origins), true),
    });
    expect(asked).toEqual([[pattern]]);
    expect(access).toEqual({ pattern, outcome: 'granted' });
    expect(describeHostAccess(access)).toBe('');
  });

  it('tells the reader what was refused', async () => {
    const access = await requestHostAccess(pattern, { request: async () => false });
    expect(access).toEqual({ pattern, outcome: 'refused' });
    expect(describeHostAccess(access)).toMatch(
      /Permission to read http:\/\/127\.0\.0\.1\/\* was refused/,
    );
  });

  it('keeps the browser’s reason when it would not ask', async () => {
    const access = await requestHostAccess(pattern, {
      request: () =>
        Promise.reject(new Error('May only request permissions from a user input handler')),
    });
    expect(access).toEqual({
      pattern,
      outcome: 'failed',
      reason: 'May only request permissions from a user input handler',
    });
    expect(describeHostAccess(access)).toMatch(
      /could not ask for permission to read http:\/\/127\.0\.0\.1\/\*: May only request/,
    );
  });

  it('goes on without the grant when no answer comes in time, and says so', async () => {
    const access = await requestHostAccess(
      pattern,
      { request: () => new Promise(() => {}) },
      { waitMs: 20 },
    );
    expect(access).toEqual({ pattern, outcome: 'unanswered' });
    expect(describeHostAccess(access)).toMatch(
      /No answer yet to the request to read http:\/\/127\.0\.0\.1\/\*/,
    );
  });

  it('passes on the reader’s answer when it comes after the wait', async () => {
    let answer: (granted: boolean) => void = () => {};
    const late: unknown[] = [];
    const access = await requestHostAccess(
      pattern,
      { request: () => new Promise<boolean>((resolve) => (answer = resolve)) },
      { waitMs: 20, onLateAnswer: (a) => late.push(a) },
    );
    expect(access.outcome).toBe('unanswered');
    answer(false);
    await expect.poll(() => late).toEqual([{ pattern, outcome: 'refused' }]);
  });

  it('does not report an answer twice when it comes in time', async () => {
    const late: unknown[] = [];
    await requestHostAccess(
      pattern,
      { request: async () => true },
      { onLateAnswer: (a) => late.push(a) },
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(late).toEqual([]);
  });
});
