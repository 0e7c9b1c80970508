export * from './flat';
export * from './marks';
export * from './search';
export * from './anchor';
export * from './threads';
export * from './reanchor';
export * from './merge';
export * from './list';
export { hash36, uniqueId } from './ids';
