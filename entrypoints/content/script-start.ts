/**
 * Imported first by the content script, so this runs before any other module of ours is
 * evaluated: the time from here to `main()` is our script's start-up, counted with the rest of
 * our main-thread time (compiling the file happens before and cannot be seen from inside it).
 */
export const SCRIPT_STARTED_AT = performance.now();
