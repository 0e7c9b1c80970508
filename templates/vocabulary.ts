/**
 * The outline vocabulary (unit kinds, heading synonyms, choice weights), validated on first use
 * (templates/validated-data.ts; in the CLI bundle, at build time).
 */
import type { Vocabulary } from '../core/templates/vocabulary';
import { outlineVocabularyData } from './validated-data';

let cache: Vocabulary | null = null;

export function outlineVocabulary(): Vocabulary {
  cache ??= outlineVocabularyData();
  return cache;
}
