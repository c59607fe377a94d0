/** A block of a page's text and where it starts in the page's text (UTF-16 code units). */
export interface TextBlock {
  start: number;
  text: string;
}
