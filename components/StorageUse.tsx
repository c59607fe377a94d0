import { useEffect, useState } from 'preact/hooks';
import { formatNumber } from '../lib/cards/format';
import { t } from '../lib/i18n/strings';

/** Megabytes used, to one decimal. */
const megabytes = (bytes: number) => formatNumber(Math.round(bytes / 1e5) / 10);
/** Gigabytes available, to one decimal. */
const gigabytes = (bytes: number) => formatNumber(Math.round(bytes / 1e8) / 10);

/** How much the local cache takes (the browser's estimate for the extension's storage). */
export function StorageUse() {
  const [text, setText] = useState(() => t('storageMeasuring'));
  useEffect(() => {
    void navigator.storage
      ?.estimate()
      .then(({ usage = 0, quota = 0 }) =>
        setText(
          quota
            ? t('storageUsedOfQuota', megabytes(usage), gigabytes(quota))
            : t('storageUsed', megabytes(usage)),
        ),
      )
      .catch(() => setText(t('storageUnknown')));
  }, []);
  return (
    <fieldset>
      <legend>{t('storageLegend')}</legend>
      <p data-field="storage">{text}</p>
    </fieldset>
  );
}
