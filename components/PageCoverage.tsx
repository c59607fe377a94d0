/**
 * PLACEHOLDER so the side panel compiles: related coverage of the whole page is written
 * separately (lib/related and this file); that version replaces this one. It renders nothing.
 */
export interface PageCoverageProps {
  entities: { key: string; name: string; type: string }[];
  pageUrl: string;
}

export function PageCoverage(_props: PageCoverageProps) {
  return null;
}
