/**
 * Model spans cut at a title inside them: "Fed Chair Janet Yellen" is the Fed and Janet
 * Yellen, "Bank of England Governor Andrew Bailey" the bank and its governor, "President
 * Trump" (a person span that starts with its title) Trump. A title followed by a given name
 * starts a person's name; what stands before it keeps the span's type when it holds a word
 * that is not itself a title or a role's modifier ("Prime" in "Prime Minister X" does not),
 * less the role's modifiers ("Senate Majority Leader Bill Frist": the Senate, Bill Frist).
 */
import { isCommonGivenName, isGivenName } from './common-words';
import { STRUCTURAL_EVIDENCE } from './model-confidence';
import { isTitleWord } from './name-evidence';
import type { NerSpan } from './ner/tagger';
import { aliasKey } from './normalize';
import { isOrgHead } from './org-heads';
import { NAME_TITLES, ROLE_NOUNS } from './role-words';
import { tokenize, type Token } from './tokens';

const TITLES = new Set<string>([...NAME_TITLES, ...ROLE_NOUNS]);
const ROLE_NOUN_SET = new Set<string>(ROLE_NOUNS);
const roleModifier = (key: string) => isTitleWord(key) && !isOrgHead(key);

function piece(
  text: string,
  span: NerSpan,
  tokens: Token[],
  type: NerSpan['type'],
  confidence = span.confidence,
): NerSpan {
  const start = span.start + tokens[0].start;
  const end = span.start + tokens[tokens.length - 1].end;
  return { start, end, type, text: text.slice(start, end), confidence };
}

function split(text: string, span: NerSpan): NerSpan[] {
  const tokens = tokenize(span.text);
  for (let k = 0; k < tokens.length - 1; k++) {
    const key = aliasKey(tokens[k].text);
    if (!TITLES.has(key)) continue;
    const after = tokens.slice(k + 1);
    if (!/^\p{Lu}/u.test(after[0].text)) continue;
    const leading = k === 0 && span.type === 'person';
    const first = aliasKey(after[0].text);
    if (!leading && !isGivenName(first) && !isCommonGivenName(first)) continue;
    // The role's own modifiers go with it ("Senate Majority Leader": the Senate), but not a
    // body's head word ("Labour Party Leader": the Labour Party).
    let end = k;
    while (end > 0 && roleModifier(aliasKey(tokens[end - 1].text))) end--;
    const before = tokens.slice(0, end);
    const keep = before.some((t) => !isTitleWord(aliasKey(t.text)));
    return [
      ...(keep ? [piece(text, span, before, span.type)] : []),
      // The title, not the model's margin, says this part is a person.
      ...split(
        text,
        piece(text, span, after, 'person', Math.max(span.confidence, STRUCTURAL_EVIDENCE)),
      ),
    ];
  }
  return [span];
}

/**
 * A body's span that opens with a role and "and" ("Vice Prime Minister and Labor Party
 * leader"): the body's name is what follows.
 */
function withoutLeadingRole(text: string, span: NerSpan): NerSpan {
  if (span.type === 'person') return span;
  const tokens = tokenize(span.text);
  const and = tokens.findIndex((t) => t.text === 'and');
  if (and < 1 || and === tokens.length - 1) return span;
  const role = tokens.slice(0, and);
  if (!ROLE_NOUN_SET.has(aliasKey(role[role.length - 1].text))) return span;
  if (!role.every((t) => isTitleWord(aliasKey(t.text)))) return span;
  return piece(text, span, tokens.slice(and + 1), span.type);
}

export function splitAtTitles(text: string, spans: readonly NerSpan[]): NerSpan[] {
  return spans.flatMap((span) => split(text, withoutLeadingRole(text, span)));
}
