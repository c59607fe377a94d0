#!/usr/bin/env tsx
/**
 * Labelling aid for tests/eval/labels (see labels.ts for the format):
 *   text PAGE                      print the article text, each line with its start offset
 *   init PAGE HTML [SELECTOR]      start an empty label file for PAGE (HTML under fixtures/pages);
 *                                  set "lang" by hand for a story not in English
 *   add PAGE TYPE FORM...          label every whole-word occurrence of each FORM as TYPE,
 *                                  skipping places already labelled (--entity NAME|null sets entity)
 *   show PAGE                      every label with its index and context, then the problems
 *   drop PAGE INDEX...             remove labels by index (as shown)
 *   exclude PAGE START END WHY     mark a range as not the story
 *   check [PAGE]                   validate one or every label file
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LABEL_DIR,
  LABEL_TYPES,
  labelledText,
  labelProblems,
  readAllLabels,
  readLabelFile,
  textHash,
  type LabelFile,
  type LabelType,
  type MentionLabel,
} from './labels';
import { articleText } from './article-text';
import { readFileSync } from 'node:fs';
import { PAGES_DIR } from './labels';

const [command, page, ...rest] = process.argv.slice(2);
const pathOf = (name: string) => join(LABEL_DIR, `${name}.json`);
const save = (file: LabelFile) => {
  file.mentions.sort((a, b) => a.start - b.start);
  file.excluded.sort((a, b) => a.start - b.start);
  writeFileSync(pathOf(file.page), `${JSON.stringify(file, null, 1)}\n`);
};
const context = (text: string, m: { start: number; end: number }) =>
  `${text.slice(Math.max(0, m.start - 30), m.start)}[${text.slice(m.start, m.end)}]${text.slice(m.end, m.end + 30)}`.replace(
    /\n/g,
    '⏎',
  );
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

switch (command) {
  case 'text': {
    const text = labelledText(readLabelFile(pathOf(page)));
    let at = 0;
    for (const line of text.split('\n')) {
      console.log(`${String(at).padStart(6)} ${line}`);
      at += line.length + 1;
    }
    break;
  }
  case 'init': {
    const [html, selector] = rest;
    if (!page || !html) fail('usage: init PAGE HTML [SELECTOR]');
    const text = articleText(readFileSync(join(PAGES_DIR, html), 'utf8'), selector);
    save({
      page,
      html,
      ...(selector ? { selector } : {}),
      textLength: text.length,
      textHash: textHash(text),
      excluded: [],
      mentions: [],
    });
    console.log(`${page}: ${text.length} chars`);
    break;
  }
  case 'add': {
    const file = readLabelFile(pathOf(page));
    const text = labelledText(file);
    const [type, ...args] = rest as [LabelType, ...string[]];
    if (!LABEL_TYPES.includes(type)) fail(`type must be one of ${LABEL_TYPES.join(', ')}`);
    let entity: string | null | undefined;
    const forms: string[] = [];
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '--entity') entity = args[++i] === 'null' ? null : args[i];
      else forms.push(args[i]);
    }
    let added = 0;
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
        if (file.mentions.some((m) => m.start < end && at < m.end)) continue;
        const label: MentionLabel = { start: at, end, type };
        if (type !== 'figure') label.text = form;
        if (entity !== undefined) label.entity = entity;
        file.mentions.push(label);
        console.log(`+ ${type} ${context(text, label)}`);
        added++;
      }
    }
    save(file);
    console.log(`${added} added`);
    break;
  }
  case 'show': {
    const file = readLabelFile(pathOf(page));
    const text = labelledText(file);
    file.mentions.forEach((m, i) =>
      console.log(
        `${String(i).padStart(4)} ${m.type.padEnd(6)} ${m.entity === undefined ? '' : `→${m.entity} `}${context(text, m)}`,
      ),
    );
    file.excluded.forEach((x) =>
      console.log(`excluded ${x.start}-${x.end} (${x.why}): ${context(text, x)}`),
    );
    for (const p of labelProblems(file, text)) console.log(`problem: ${p}`);
    break;
  }
  case 'drop': {
    const file = readLabelFile(pathOf(page));
    const drop = new Set(rest.map(Number));
    file.mentions = file.mentions.filter((_, i) => !drop.has(i));
    save(file);
    break;
  }
  case 'exclude': {
    const file = readLabelFile(pathOf(page));
    const [start, end, why] = rest;
    file.excluded.push({ start: Number(start), end: Number(end), why: why ?? 'not the story' });
    save(file);
    break;
  }
  case 'check': {
    const files = page ? [readLabelFile(pathOf(page))] : readAllLabels();
    let bad = 0;
    for (const file of files) {
      const problems = labelProblems(file, labelledText(file));
      problems.forEach((p) => console.log(p));
      bad += problems.length;
      console.log(`${file.page}: ${file.mentions.length} labels, ${problems.length} problems`);
    }
    process.exit(bad ? 1 : 0);
    break;
  }
  default:
    fail('commands: text, init, add, show, drop, exclude, check (see the header of this file)');
}
