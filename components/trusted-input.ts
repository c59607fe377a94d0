/**
 * Card buttons act only on the reader's own input. A page's script can dispatch clicks
 * (`.click()`, `dispatchEvent`) on anything it can reach; such events are not trusted, so they
 * can neither save, mute nor flush the reader's mute list through the card. Keyboard
 * activation of a focused button is a trusted click, so the card still works from the keyboard.
 */
export function onTrusted<E extends Event>(act: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) act(event);
  };
}
