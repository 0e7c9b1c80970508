export * from './marks';
export * from './resolve';
export * from './anchor';
export * from './merge';
export * from './list';
export * from './ops';
