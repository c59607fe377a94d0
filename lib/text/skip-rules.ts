/**
 * Elements whose text is never scanned, as data: one entry per kind, each with its reason (a
 * comment: the list ships in the content script, whose size is budgeted).
 * The text map's walker rejects the whole subtree of a match, so whatever is inside (a nav in
 * the article, an editor, our own card) is skipped too. The article-root finder uses the same
 * rules so that a teaser in an aside never counts as article text.
 *
 * Kept on purpose (not listed):
 * - an article's own <header>: it holds the headline and byline, which the reader sees as the
 *   story's first lines (only the page banner, a header outside any article, main or section,
 *   is skipped: the same test browsers use to give a header the "banner" role, per HTML-AAM);
 * - <figure>/<figcaption>: not page furniture, so they may hold the story's root; inside the
 *   root, the story filter (story-filter.ts) leaves captions out;
 * - <form>: some sites (ASP.NET) wrap the whole page in one; its controls are skipped instead,
 *   and a form inside the article root is left out by the story filter;
 * - <blockquote>, <table>: quoted speech and data tables are article text.
 */
export interface SkipRule {
  /**
   * A CSS selector list. A bare tag name is matched by a Set lookup (the common case, and the
   * fast one); a tag name ending in `*` matches by prefix (our `backstory-*` hosts).
   */
  selector: string;
  /** The rule does not apply to an element inside one matching this. */
  exceptInside?: string;
}

export const SKIP_RULES: readonly SkipRule[] = [
  {
    // Our own UI hosts (cards, toolbars): never scan or paint ourselves.
    selector: 'backstory-*',
  },
  {
    // Code, CSS, no-script fallbacks and inert templates: not text a reader sees.
    selector: 'script, style, noscript, template',
  },
  {
    // Site navigation: section names, not article text.
    selector: 'nav, [role="navigation"]',
  },
  {
    // The page banner (logo, menus); an article’s own header holds its headline and is kept.
    selector: 'header',
    exceptInside:
      'article, main, section, [role="main"], [role="article"], [itemprop="articleBody"]',
  },
  {
    // A banner declared as such is the page’s, wherever it sits.
    selector: '[role="banner"]',
  },
  {
    // Copyright, legal and tag links; an article’s footer holds no prose either.
    selector: 'footer, [role="contentinfo"]',
  },
  {
    // Related links, promotions and pull quotes that repeat the story.
    selector: 'aside, [role="complementary"]',
  },
  // Search boxes.
  { selector: 'search, [role="search"]' },
  {
    // Form controls: never touch what the reader types or clicks.
    selector: 'input, textarea, select, option, button',
  },
  {
    // Editable content is the reader’s own (comment boxes, editors).
    selector: '[contenteditable]:not([contenteditable="false"])',
  },
  {
    // Computer text: capitalised words there are identifiers, not names.
    selector: 'code, pre, kbd, samp, var',
  },
  {
    // Media and embeds: no article prose inside.
    selector: 'svg, math, iframe, object, embed, canvas, video, audio, picture',
  },
  {
    // Hidden from readers (visually or from assistive technology).
    selector: '[aria-hidden="true"], [hidden]',
  },
  {
    // Overlays: cookie banners, sign-up prompts.
    selector: 'dialog, [role="dialog"], [role="alertdialog"]',
  },
  {
    // Reader comments: not the story, and the names there are the commenters’.
    selector: '#comments, .comments',
  },
  {
    // Share buttons, related-story lists and ad slots inside the article.
    // A short list of class names seen on many news sites; each is a whole class token.
    selector:
      '.share, .sharing, .social-share, .related, .related-articles, .related-stories, .recommended, .newsletter, .advert, .advertisement, .ad, .ads, .ad-slot, .adsbygoogle, .taboola, .OUTBRAIN',
  },
];

interface CompiledRules {
  tags: Set<string>;
  prefixes: string[];
  /** The other selectors of rules without exceptions, as one list: one matches() call. */
  selector: string;
  /** Rules with an exception; `tags` when the selector is bare tag names (no matches() call). */
  contextual: { tags: Set<string> | null; selector: string; exceptInside: string }[];
}

const BARE_TAG = /^[a-z][a-z0-9-]*$/;

function compile(rules: readonly SkipRule[]): CompiledRules {
  const compiled: CompiledRules = { tags: new Set(), prefixes: [], selector: '', contextual: [] };
  const others: string[] = [];
  for (const rule of rules) {
    // Our selectors hold no commas inside attribute values, so a plain split is safe.
    const parts = rule.selector.split(',').map((s) => s.trim());
    if (rule.exceptInside) {
      const tags = parts.every((part) => BARE_TAG.test(part)) ? new Set(parts) : null;
      compiled.contextual.push({ tags, selector: rule.selector, exceptInside: rule.exceptInside });
      continue;
    }
    for (const part of parts) {
      if (BARE_TAG.test(part)) compiled.tags.add(part);
      else if (/^[a-z][a-z0-9-]*\*$/.test(part)) compiled.prefixes.push(part.slice(0, -1));
      else others.push(part);
    }
  }
  compiled.selector = others.join(', ');
  return compiled;
}

const RULES = compile(SKIP_RULES);

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    // An engine that cannot parse a selector must not stop the scan.
    return false;
  }
}

/** True for an element whose subtree must not be scanned. */
export function isSkippable(el: Element): boolean {
  const name = el.localName;
  if (RULES.tags.has(name)) return true;
  for (const prefix of RULES.prefixes) if (name.startsWith(prefix)) return true;
  for (const rule of RULES.contextual) {
    const applies = rule.tags ? rule.tags.has(name) : safeMatches(el, rule.selector);
    if (applies && !el.parentElement?.closest(rule.exceptInside)) return true;
  }
  // The remaining rules all test attributes: most article elements (bare <p>, <a>) have none.
  return el.hasAttributes() && safeMatches(el, RULES.selector);
}

/**
 * True when the node is in editable content: a designMode document, a contenteditable region
 * or a form control. Keys typed there belong to the reader, not to our shortcuts.
 */
export function isEditableContext(node: Node | null | undefined): boolean {
  if (!node) return false;
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  if (doc?.designMode?.toLowerCase() === 'on') return true;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  // Engines without isContentEditable inheritance (happy-dom): the nearest attribute decides,
  // so a contenteditable="false" island inside an editor is not editable.
  const host = el.closest('[contenteditable]');
  if (host && host.getAttribute('contenteditable')?.toLowerCase() !== 'false') return true;
  return el.closest('input, textarea, select') !== null;
}

/**
 * A test for "this element or one of its ancestors is skipped", for reading elements on their
 * own. Answers are remembered along each ancestor chain, so paragraphs that share ancestors
 * cost one walk between them; make a new test when the page may have changed.
 */
export function createSkippedTest(): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (el) => {
    const chain: Element[] = [];
    let result = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = memo.get(e);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(e);
      if (isSkippable(e)) {
        result = true;
        break;
      }
    }
    for (const e of chain) memo.set(e, result);
    return result;
  };
}
