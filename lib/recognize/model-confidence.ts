/** The confidences the tagger's spans are judged by, shared by the modules that tidy and keep them. */
import type { EntityType } from '../types/mention';

/**
 * How sure a span is when the text's own structure says what it is (a given name first, a
 * middle initial, a title before it), whatever the model's margin: enough to pass the
 * confidence cut for people.
 */
export const STRUCTURAL_EVIDENCE = 0.9;

/**
 * Model names below this confidence are left out (not shown untyped): the cut per type is the
 * lowest that keeps the type's precision on the labelled pages near the 0.95 target
 * (`npm run eval:text`; docs/architecture.md). The confidence is the calibrated chance that
 * the span and its type are right, so organisations, which the model most often gets wrong,
 * need the most.
 */
export const MODEL_MIN_CONFIDENCE: Readonly<Record<EntityType, number>> = {
  person: 0.8,
  place: 0.85,
  org: 0.95,
};
