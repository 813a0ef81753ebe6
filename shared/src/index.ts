export * from './limits';
export * from './error-codes';
