/** The one way an unknown thrown value becomes a line of text (for logs, reports and failures). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
