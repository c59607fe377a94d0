import { useEffect, useState } from 'preact/hooks';

/** How much the local cache takes (the browser's estimate for the extension's storage). */
export function StorageUse() {
  const [text, setText] = useState('Measuring…');
  useEffect(() => {
    void navigator.storage
      ?.estimate()
      .then(({ usage = 0, quota = 0 }) =>
        setText(
          `${(usage / 1e6).toFixed(1)} MB used${quota ? ` of ${(quota / 1e9).toFixed(1)} GB available` : ''}.`,
        ),
      )
      .catch(() => setText('The browser does not say.'));
  }, []);
  return (
    <fieldset>
      <legend>Storage</legend>
      <p data-field="storage">{text}</p>
    </fieldset>
  );
}
