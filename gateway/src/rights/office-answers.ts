import { erasureAnswer } from './erasure.service.js';
import { decisionOutcome } from './objection-decision.service.js';
import type { OfficeStep } from './office-steps.js';

/**
 * The answer the person will see if the office takes `step` with `note`, worded as the mutation
 * words it; null for the steps that answer nothing (the request stays open).
 */
export function answerPreview(step: OfficeStep, note: string, upheld: boolean): string | null {
  const written = note.trim();
  switch (step) {
    case 'complete':
    case 'reject':
      return written || null;
    case 'decide-objection':
      return written ? decisionOutcome(upheld, written) : null;
    case 'carry-out-erasure':
      return erasureAnswer();
    default:
      return null;
  }
}
