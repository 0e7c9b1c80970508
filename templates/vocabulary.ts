/** The outline vocabulary (unit kinds, heading synonyms, choice weights), validated at load. */
import { VocabularySchema, type Vocabulary } from '../core/templates/vocabulary';
import raw from './outline-vocabulary.json';

let cache: Vocabulary | null = null;

export function outlineVocabulary(): Vocabulary {
  cache ??= VocabularySchema.parse(raw);
  return cache;
}
