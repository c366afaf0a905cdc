import type { Viewer } from './auth';

/**
 * Who may remove a practice from a thread, as the server decides (PracticeLinkService.unlink in
 * libs/forum): an ACTIVE member who linked it or wrote the thread, or an ACTIVE moderator or admin.
 */
export function canUnlinkPractice(viewer: Viewer | null, thread: { author: { id: string } }, link: { linkedBy: { id: string } }): boolean {
  if (!viewer || viewer.status !== 'ACTIVE') return false;
  return viewer.id === link.linkedBy.id || viewer.id === thread.author.id || viewer.role === 'MODERATOR' || viewer.role === 'ADMIN';
}
