/**
 * Readers for what a page shows, from outside the extension: highlights from CSS.highlights,
 * the card in the closed shadow root of <backstory-card> (through the DevTools protocol), and
 * waits on both.
 */
import type { CDPSession, Page } from 'playwright-core';

/** Every backstory-* highlight: name → the texts of its ranges, in document order. */
export function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      out[name] = [...(highlight as Highlight)].map((r) => r.toString());
    }
    return out;
  });
}

/** Wait until a highlight holds a range with this text (or any range, without text). */
export async function waitForHighlight(
  page: Page,
  name: string,
  text?: string,
  timeout = 20_000,
): Promise<void> {
  await page.waitForFunction(
    ([n, t]) => {
      const h = CSS.highlights.get(n as string);
      return !!h && [...h].some((r) => t === null || r.toString() === t);
    },
    [name, text ?? null] as const,
    { timeout, polling: 100 },
  );
}

/** Move the pointer onto the first range of a highlight with this text, in steps like a hand. */
export async function hoverText(page: Page, name: string, text: string): Promise<void> {
  const box = await page.evaluate(
    ([n, t]) => {
      const h = CSS.highlights.get(n);
      const range = h && ([...h] as Range[]).find((r) => r.toString() === t);
      if (!range) return null;
      (range.startContainer.parentElement as HTMLElement | null)?.scrollIntoView({
        block: 'center',
      });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    [name, text] as const,
  );
  if (!box) throw new Error(`no ${name} highlight with text "${text}"`);
  await page.mouse.move(box.x - 40, box.y + 30);
  await page.mouse.move(box.x, box.y, { steps: 5 });
}

export interface CardFields {
  name: string;
  type: string;
  description: string;
  background: string;
  source: string;
  related: { text: string; href: string }[];
}

/**
 * The card's shadow root is closed, so no page script (Playwright's `evaluate` included) can
 * reach it. The DevTools protocol can: DOM.describeNode with `pierce` lists closed shadow roots,
 * and DOM.resolveNode hands one back as an object a function can then be called on.
 */
const cdpSessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpFor(page: Page): Promise<CDPSession> {
  let session = cdpSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    cdpSessions.set(page, session);
  }
  return session;
}

const GROUP = 'backstory-harness';

/**
 * Call `fn` in the page with the card's (closed) shadow root, or null when there is no card
 * host. `fn` runs in the page's main world and must be self-contained (no outer variables, no
 * named inner functions: tsx would wrap them in a helper the page lacks).
 */
export async function evaluateInCard<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot | null, arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T> {
  const cdp = await cdpFor(page);
  const call = `function (arg) { return (${fn.toString()})(this instanceof ShadowRoot ? this : null, arg); }`;
  try {
    const { result: host } = (await cdp.send('Runtime.evaluate', {
      // Named backstory-card, or backstory-card-<random> on a page that took that name first.
      expression:
        "document.querySelector('backstory-card') ?? [...document.documentElement.children].find((e) => e.localName.startsWith('backstory-card-'))",
      objectGroup: GROUP,
    })) as { result: { objectId?: string } };
    let objectId: string | undefined;
    if (host.objectId) {
      const { node } = (await cdp.send('DOM.describeNode', {
        objectId: host.objectId,
        depth: 1,
        pierce: true,
      })) as { node: { shadowRoots?: { backendNodeId: number }[] } };
      const shadow = node.shadowRoots?.[0];
      if (shadow) {
        const { object } = (await cdp.send('DOM.resolveNode', {
          backendNodeId: shadow.backendNodeId,
          objectGroup: GROUP,
        })) as { object: { objectId?: string } };
        objectId = object.objectId;
      }
    }
    // Without a root, the function is called on the page's window (and so gets null).
    objectId ??= (
      (await cdp.send('Runtime.evaluate', { expression: 'window', objectGroup: GROUP })) as {
        result: { objectId: string };
      }
    ).result.objectId;
    const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: call,
      arguments: [arg === undefined ? {} : { value: arg }],
      returnByValue: true,
      awaitPromise: true,
    })) as {
      result: { value?: unknown };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    };
    if (exceptionDetails)
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => undefined);
  }
}

/** Poll `fn` (as evaluateInCard runs it) until it returns something truthy; returns that. */
export async function waitInCard<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot | null, arg: A) => T,
  arg?: A,
  timeout = 10_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    // A navigation may drop the page's context mid-call: that try counts as "not yet".
    const value = await evaluateInCard(page, fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error('the card never showed what was waited for');
    await page.waitForTimeout(50);
  }
}

/**
 * Press a card button as the reader does: a real (trusted) pointer click at the button's
 * centre. `label` is the button's whole text, or `{ choice }` for a link picker entry.
 */
export async function clickCardButton(
  page: Page,
  label: string | { choice: string },
): Promise<void> {
  const box = await waitInCard(
    page,
    (root, l) => {
      const button = [...(root?.querySelectorAll('button') ?? [])].find((b) =>
        typeof l === 'string' ? b.textContent?.trim() === l : b.dataset.choice === l.choice,
      );
      if (!button) return null;
      button.scrollIntoView({ block: 'nearest' });
      const r = button.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    label,
  );
  await page.mouse.move(box.x, box.y, { steps: 3 });
  await page.mouse.click(box.x, box.y);
}

/** The open card's fields, read from the closed shadow root of <backstory-card>, or null. */
export function readCard(page: Page): Promise<CardFields | null> {
  return evaluateInCard(page, (root) => {
    const card = root?.querySelector('[data-backstory-card]');
    if (!card) return null;
    const fields: Record<string, string> = {};
    for (const name of ['name', 'type', 'description', 'background', 'source']) {
      fields[name] = card.querySelector(`[data-field="${name}"]`)?.textContent?.trim() ?? '';
    }
    return {
      ...(fields as Omit<CardFields, 'related'>),
      related: [...card.querySelectorAll('a[data-related]')].map((a) => ({
        text: a.textContent ?? '',
        href: (a as HTMLAnchorElement).href,
      })),
    };
  });
}

/** Wait for an open card whose content has loaded (not the "Loading…" state). */
export async function waitForCard(page: Page, timeout = 10_000): Promise<CardFields> {
  await waitInCard(
    page,
    (root) => {
      const card = root?.querySelector('[data-backstory-card]');
      return !!card && !!card.querySelector('[data-field="description"], [data-field="related"]');
    },
    undefined,
    timeout,
  );
  return (await readCard(page)) as CardFields;
}

/**
 * Wait until the highlights stop changing: long articles are highlighted progressively, slice
 * by slice, so the first highlight is not the last.
 */
export async function waitForStableHighlights(
  page: Page,
  quietMs = 600,
  timeout = 30_000,
): Promise<Record<string, string[]>> {
  const deadline = Date.now() + timeout;
  let last = '';
  let since = Date.now();
  for (;;) {
    const now = await readHighlights(page);
    const key = JSON.stringify(now);
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (Object.keys(now).length && Date.now() - since >= quietMs) return now;
    if (Date.now() > deadline) throw new Error('highlights kept changing (or never appeared)');
    await page.waitForTimeout(100);
  }
}

/** Is a card open? */
export function cardIsOpen(page: Page): Promise<boolean> {
  return evaluateInCard(page, (root) => !!root?.querySelector('[data-backstory-card]'));
}

/**
 * Evaluate an expression in the first target whose URL contains `urlPart` (undefined when there
 * is none, or it does not answer in time).
 */
export async function evaluateInTarget(
  cdp: CDPSession,
  urlPart: string,
  expression: string,
): Promise<unknown> {
  // A target still loading may never answer: give up on this try (the caller polls again).
  const late = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 2_000));
  return Promise.race([evaluateOnce(cdp, urlPart, expression), late]);
}

async function evaluateOnce(
  cdp: CDPSession,
  urlPart: string,
  expression: string,
): Promise<unknown> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const target = targetInfos.find((t) => t.url.includes(urlPart));
  if (!target) return undefined;
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as { sessionId: string };
  const answer = new Promise<unknown>((resolve) => {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId?: string; message: string }) => {
      if (event.sessionId !== undefined && event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as {
        id?: number;
        result?: { result?: { value?: unknown } };
      };
      if (message.id === 1) resolve(message.result?.result?.value);
    });
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({
      id: 1,
      method: 'Runtime.evaluate',
      params: { expression, returnByValue: true },
    }),
  });
  return answer;
}
