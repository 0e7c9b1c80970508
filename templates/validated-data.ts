/**
 * The data shipped in templates/*.json, validated by its zod schema when first asked for.
 *
 * The CLI bundle (scripts/build-cli.mjs) replaces this module with the same data already validated at
 * build time (scripts/prevalidated-data.mjs): the build runs these very functions and writes what they
 * return as JSON, so a `gwdraft` run neither builds the template schemas nor validates five templates
 * at every start. A shipped file that does not validate leaves this module in the bundle as it is (the
 * run then fails with the same TemplateError as from the sources). Templates a user adds are always
 * validated at run time (electron/service/user-templates.ts).
 */
import { parseTemplate } from '../core/templates/load';
import type { Template } from '../core/templates/schema';
import { VocabularySchema, type Vocabulary } from '../core/templates/vocabulary';
import zhanjiangDepartment from './zhanjiang-department.json';
import statutoryFive from './statutory-five.json';
import governmentGangyao from './government-gangyao.json';
import countyThree from './county-three.json';
import township from './township.json';
import vocabulary from './outline-vocabulary.json';

/** The shipped templates, in the order `gwdraft templates` lists them. Add a template by adding its JSON here. */
export function shippedTemplateData(): Template[] {
  return [zhanjiangDepartment, statutoryFive, governmentGangyao, countyThree, township].map(parseTemplate);
}

/** The outline vocabulary (templates/outline-vocabulary.json). */
export function outlineVocabularyData(): Vocabulary {
  return VocabularySchema.parse(vocabulary);
}
