export * from './test-app.js';
export * from './test-database.js';
export * from './seeder.js';
export * from './socket-client.js';
export * from './test-smtp.js';
export * from './test-s3.js';
