/** The part of `browser.alarms` the feed and pack managers use, passed in so tests need no browser. */
export interface AlarmsLike {
  create(
    name: string,
    info: { periodInMinutes: number; delayInMinutes?: number },
  ): void | Promise<void>;
  clear(name: string): Promise<boolean> | boolean | void;
  get(name: string): Promise<{ scheduledTime: number } | undefined>;
}
