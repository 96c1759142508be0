/**
 * Confidence that a claim was made, in words: one wording for the card, the Explorer and exports ("high",
 * "medium", "low"), never the pack's letters, with the reason as a longer line.
 */
import { t } from './i18n';

export type ConfidenceLevel = 'H' | 'M' | 'L';

export function confidenceWord(level: ConfidenceLevel): string {
  return t(`confidenceWord_${level}`);
}

export function confidenceWhy(level: ConfidenceLevel): string {
  return t(`confidence_${level}`);
}
