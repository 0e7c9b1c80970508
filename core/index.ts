export * from './model/content';
export * from './model/numbering';
export * from './model/report';
export * from './model/count';
export * from './model/report-helpers';
export * from './templates/schema';
export * from './templates/load';
export * from './api/contract';
