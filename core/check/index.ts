export * from './types';
export { evaluateChecklist, type CheckOptions, type CheckResult } from './engine';
export { emptyCache, type CheckCache } from './cache';
