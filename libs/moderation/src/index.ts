export * from './moderation.module.js';
export * from './moderation-action/moderation-action.entity.js';
export * from './moderation-action/moderation-action.service.js';
