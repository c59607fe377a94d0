/**
 * A small server-rendered React article for the hydration test: rendered to HTML in Node,
 * hydrated in the page after Backstory has painted its highlights.
 */
import { createElement as h, useState } from 'react';

const PARAGRAPHS = [
  'Vladimir Putin met the envoys in Moscow on Tuesday, officials said, as talks on a settlement for Ukraine went on for a fifth hour without a breakthrough.',
  'In Kyiv, officials said 138 drones had been launched overnight against energy sites, and repair crews worked to restore power in Kherson and Odesa.',
  'Emmanuel Macron later spoke with Xi Jinping by telephone about the proposals, according to a statement released in Paris.',
];

export function App() {
  const [count, setCount] = useState(0);
  return h(
    'main',
    null,
    h(
      'article',
      null,
      h('h1', null, 'Talks in Moscow'),
      ...PARAGRAPHS.map((text, i) => h('p', { key: i }, text)),
    ),
    h(
      'button',
      { id: 'counter', type: 'button', onClick: () => setCount(count + 1) },
      String(count),
    ),
  );
}
