export * from './types';
export { lintReport } from './lint';
export { applyFixes } from './fixes';
export { normaliseDateLine, normaliseDocNumber, validDocNumber } from './formats';
