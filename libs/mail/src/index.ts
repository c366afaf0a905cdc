export * from './mail.module.js';
export * from './email-outbox.entity.js';
export * from './outbox.js';
export * from './mail-worker.js';
export * from './mail-text.js';
export * from './mail-template.js';
export * from './outbox-retention.js';
