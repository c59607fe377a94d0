/**
 * `::highlight()` rules. Only a few properties apply to highlights (colour, background,
 * decoration), so each type gets a translucent tint plus an underline: readable on light and
 * dark pages, and the underline still tells types apart for readers who cannot see the tint.
 * Users can override these with their own `::highlight(backstory-*)` rules.
 */
export const HIGHLIGHT_CSS = `
::highlight(backstory-person) { background-color: rgba(250, 204, 21, 0.28); text-decoration: underline solid rgba(202, 138, 4, 0.9); }
::highlight(backstory-place) { background-color: rgba(56, 189, 248, 0.22); text-decoration: underline dotted rgba(2, 132, 199, 0.9); }
::highlight(backstory-org) { background-color: rgba(167, 139, 250, 0.24); text-decoration: underline dashed rgba(124, 58, 237, 0.9); }
::highlight(backstory-figure) { background-color: rgba(74, 222, 128, 0.22); text-decoration: underline double rgba(22, 163, 74, 0.9); }
::highlight(backstory-focus) { background-color: rgba(249, 115, 22, 0.45); }
`;
