/**
 * The 2 MB article: about 2,000,000 characters of news sentences in paragraphs of ten, the
 * same text the end-to-end test's page builds with its own script, written out as static HTML
 * here because the bench serves every page with page scripts off.
 */
const SENTENCES = [
  'Vladimir Putin said on Tuesday that talks with the envoys in Moscow were useful but difficult. ',
  'Officials in Kyiv reported that 138 drones and two ballistic missiles were launched overnight. ',
  'Emmanuel Macron and Xi Jinping discussed the war in Ukraine during the visit to Beijing. ',
];

export function longArticleHtml(chars = 2_000_000): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < chars) {
    let text = '';
    for (let i = 0; i < 10; i++) text += SENTENCES[(size + i) % 3];
    paragraphs.push(`<p>${text}</p>`);
    size += text.length;
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A very long article</title></head>
<body>
<article id="body"><h1>Very long article</h1>
${paragraphs.join('\n')}
</article>
</body></html>
`;
}
