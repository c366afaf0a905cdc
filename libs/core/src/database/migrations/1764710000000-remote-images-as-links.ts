import type { MigrationInterface, QueryRunner } from 'typeorm';
import { renderMarkdown } from '../../markdown/markdown-renderer.js';

// Where Markdown is kept beside its rendering.
const RENDERED = [
  { table: 'post', source: 'body', html: 'bodyHtml' },
  { table: 'post_revision', source: 'body', html: 'bodyHtml' },
  { table: 'practice', source: 'description', html: 'descriptionHtml' },
] as const;

/**
 * Renders again what was rendered while remote images were embedded, so that posts and practice
 * descriptions already written stop loading images from other sites (which tells those sites who
 * reads them). No host is allowed here, the variable being new; editing the text renders it with
 * the current ALLOWED_IMAGE_HOSTS. Only rows holding an image are touched; versions stay.
 */
export class RemoteImagesAsLinks1764710000000 implements MigrationInterface {
  name = 'RemoteImagesAsLinks1764710000000';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, source, html } of RENDERED) {
      const rows: Array<{ id: string; source: string; html: string }> = await q.query(
        `SELECT "id", "${source}" AS "source", "${html}" AS "html" FROM "${table}" WHERE "${html}" LIKE '%<img%'`,
      );
      for (const row of rows) {
        const rendered = renderMarkdown(row.source);
        if (rendered !== row.html) await q.query(`UPDATE "${table}" SET "${html}" = $1 WHERE "id" = $2`, [rendered, row.id]);
      }
    }
  }

  async down(): Promise<void> {
    // Nothing to undo: the Markdown, with every image URL, is untouched.
  }
}
