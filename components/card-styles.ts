/**
 * Card styles, adopted into the card's shadow root (constructed sheets are not blocked by a
 * page's style-src CSP the way <style> elements are). Light and dark follow the reader's
 * preference; every text colour keeps at least 4.5:1 contrast on its background.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; top: 0; left: 0; box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px);
  max-height: min(480px, calc(100vh - 16px)); overflow: auto; padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  color: #1f2328; background: #ffffff; border: 1px solid #d0d7de; border-radius: 10px;
  box-shadow: 0 8px 24px rgba(15, 23, 42, 0.18);
}
header { display: flex; align-items: baseline; gap: 8px; justify-content: space-between; margin-bottom: 4px; }
.name { font-weight: 650; font-size: 16px; }
.type { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: #57606a; }
p { margin: 6px 0; }
.description { font-weight: 500; }
.background { color: #1f2328; }
.source, .meta, .muted { color: #57606a; font-size: 12.5px; }
h3 { margin: 10px 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: #57606a; }
ul.related { list-style: none; margin: 0; padding: 0; }
ul.related li { margin: 0 0 6px; }
ul.related .meta { display: block; }
a { color: #0550ae; text-decoration: underline; }
a:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.5); }
  .background { color: #e6edf3; }
  .type, .source, .meta, .muted, h3 { color: #9da7b3; }
  a { color: #58a6ff; }
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: appear 120ms ease-out; }
  @keyframes appear { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
}
`;

/** Styles of the card's controls and quotes, kept apart from the layout above. */
export const CARD_CONTROLS_CSS = `
blockquote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #d0d7de; color: #1f2328; font-style: italic; }
.why { font-size: 12px; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 10px; padding-top: 8px; border-top: 1px solid #d0d7de; }
button { font: inherit; font-size: 12.5px; padding: 3px 8px; border-radius: 6px; border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328; cursor: pointer; }
button:hover { background: #eaeef2; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
button.link { border: 0; background: none; padding: 0; color: #0550ae; text-decoration: underline; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  blockquote { color: #e6edf3; border-color: #30363d; }
  .actions { border-color: #30363d; }
  button { background: #21262d; color: #e6edf3; border-color: #30363d; }
  button:hover { background: #30363d; }
  button.link { color: #58a6ff; background: none; }
}
`;

/** Role descriptors on a card for a name no pack knows; the link picker; the role-date note. */
export const CARD_ROLES_CSS = `
ul.roles { margin: 4px 0; padding-left: 18px; }
ul.roles li { margin: 2px 0; }
.note { font-size: 12.5px; padding: 3px 8px; border-left: 3px solid #9a6700; background: #fff8c5; color: #1f2328; }
.picker { margin-top: 8px; }
ul.choices { list-style: none; margin: 4px 0 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
ul.choices button { text-align: left; width: 100%; }
@media (prefers-color-scheme: dark) {
  .note { background: #2d2a1b; border-color: #d29922; color: #e6edf3; }
}
`;
