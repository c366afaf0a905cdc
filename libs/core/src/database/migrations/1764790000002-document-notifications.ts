import type { MigrationInterface, QueryRunner } from 'typeorm';
import { allowNotificationTypes, notificationTypes } from './notification-types.js';

/** DOCUMENT notifications: a document of a followed practice or twinning was added or got a new version. */
export class DocumentNotifications1764790000002 implements MigrationInterface {
  name = 'DocumentNotifications1764790000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN "documentId" uuid`);
    const types = await notificationTypes(q);
    if (!types.includes('DOCUMENT')) await allowNotificationTypes(q, [...types, 'DOCUMENT']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE "type" = 'DOCUMENT'`);
    await allowNotificationTypes(q, (await notificationTypes(q)).filter((t) => t !== 'DOCUMENT'));
    await q.query(`ALTER TABLE notification DROP COLUMN "documentId"`);
  }
}
