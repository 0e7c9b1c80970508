/** Every rule kind of the template schema, mapped to its evaluator. Exhaustive: a new kind fails to compile here. */
import type { RuleKind } from '../../templates/schema';
import type { RuleFn } from '../context';
import { causes, keywords, maxLength, minLength, present, stockPhrases } from './content';
import { dataDensity } from './data';
import { date, deadlines, signature } from './meta';
import { nextYear, yearConsistency } from './years';
import { duplicatePhrase, guidanceLeft } from './slips';
import { secrecy } from './secrecy';
import { carriedOver } from './carried';
import { headingWording } from './headings';
import { attachments } from './attachments';

export const RULES: { [K in RuleKind]: RuleFn<K> } = {
  present,
  minLength,
  maxLength,
  keywords,
  causes,
  dataDensity,
  yearConsistency,
  nextYear,
  signature,
  date,
  deadlines,
  guidanceLeft,
  duplicatePhrase,
  secrecy,
  stockPhrases,
  carriedOver,
  headingWording,
  attachments,
};
