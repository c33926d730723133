export * from './public-query';
export * from './validate-query';
export * from './openapi';
