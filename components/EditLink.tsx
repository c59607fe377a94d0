import { onTrusted } from './trusted-input';

/**
 * A why line's link to the settings that decided it ("Edit site rules", "Edit watch lists"),
 * after a space; pressed only by the reader's own input.
 */
export function EditLink({
  action,
  label,
  onEdit,
}: {
  action: string;
  label: string;
  onEdit: () => void;
}) {
  return (
    <>
      {' '}
      <button type="button" class="link" data-action={action} onClick={onTrusted(onEdit)}>
        {label}
      </button>
    </>
  );
}
