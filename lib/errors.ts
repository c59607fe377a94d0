/** One way to turn anything thrown into a line of text for a log or a status message. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
