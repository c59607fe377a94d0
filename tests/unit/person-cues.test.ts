import { describe, expect, it } from 'vitest';
import { personCue } from '../../lib/recognize/person-cues';
import { namesWith } from './recognize-fixtures';

const cued = (text: string, word: string) => {
  const start = text.indexOf(word);
  return personCue(text, start, start + word.length);
};

describe('person cues around one word', () => {
  it('takes titles, roles and verbs of saying or of a life as cues', () => {
    expect(cued('The writer, said Emery, was wrong.', 'Emery')).toBe(true);
    expect(cued('Emery retweeted the story.', 'Emery')).toBe(true);
    expect(cued('She recommended her to Hamilton, who hired her.', 'Hamilton')).toBe(true);
    expect(cued('Waite was born in Brooklyn.', 'Waite')).toBe(true);
    expect(cued('It was Mr. Emery again.', 'Emery')).toBe(true);
    expect(cued('Then coach Hamilton spoke.', 'Hamilton')).toBe(true);
  });

  it('finds none in what software and companies do', () => {
    expect(cued('That ABI is arbitrary, and Wasm has two standardized APIs.', 'Wasm')).toBe(false);
    expect(cued("Here Emscripten's output does run.", 'Emscripten')).toBe(false);
    expect(cued('Later Netscape announced two things.', 'Netscape')).toBe(false);
    // A word that only starts with a verb's letters is no verb.
    expect(cued('Wasm saidx nothing.', 'Wasm')).toBe(false);
  });
});

describe('lone words the tagger reads as people', () => {
  const names = namesWith({});
  const people = (...blocks: string[]) =>
    names(...blocks)
      .filter((m) => m.type === 'person')
      .map((m) => m.text);

  it('leaves out a word with no full name, given name or cue on the page', () => {
    const found = people(
      'That ABI is arbitrary (and in fact Emscripten has changed it), and Wasm has two standardized APIs.',
      'Wasm is a compilation target. Wasm runs in browsers and Wasm runs on servers.',
    );
    expect(found).not.toContain('Wasm');
  });

  it('keeps a surname the page gave in full, and one a cue names, wherever it comes again', () => {
    expect(people('Arthur Edward Waite wrote the guide.', 'Soon after, Waite moved.')).toContain(
      'Waite',
    );
    const found = people(
      'Lladanosa spent 14 years doing drug analysis, Lladanosa said.',
      'Working at the lab, Lladanosa has found it in samples.',
    );
    expect(found.filter((t) => t === 'Lladanosa').length).toBeGreaterThanOrEqual(2);
  });

  it('takes no first name from a sentence’s capital on a word the page writes in lower case', () => {
    const found = names(
      'We are working on emitting standalone Wasm files that do not need a runtime.',
      'Standalone Wasm mode still helps here because it makes the output small.',
      'Later, Wasm runs on servers and Wasm runs in browsers.',
    ).map((m) => m.text);
    expect(found).not.toContain('Standalone Wasm');
    expect(found).not.toContain('Wasm');
  });

  it('keeps a given name the page also writes in lower case', () => {
    expect(people('The heather was in bloom.', 'Heather Knight said she would come.')).toContain(
      'Heather Knight',
    );
  });
});
