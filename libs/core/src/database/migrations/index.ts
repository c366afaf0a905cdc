import { Foundation1764100000000 } from './1764100000000-foundation.js';
import { Practices1764200000000 } from './1764200000000-practices.js';
import { Forum1764300000000 } from './1764300000000-forum.js';
import { PracticeLinks1764400000000 } from './1764400000000-practice-links.js';
import { Search1764500000000 } from './1764500000000-search.js';
import { Notifications1764600000000 } from './1764600000000-notifications.js';
import { SearchVisibility1764700000000 } from './1764700000000-search-visibility.js';
import { RemoteImagesAsLinks1764710000000 } from './1764710000000-remote-images-as-links.js';
import { InvitationStatusBioHtml1764740000000 } from './1764740000000-invitation-status-bio-html.js';
import { ModerationAudit1764750000000 } from './1764750000000-moderation-audit.js';
import { Provinces1764760000000 } from './1764760000000-provinces.js';
import { SearchPlacesWords1764760000001 } from './1764760000001-search-places-words.js';
import { SearchSynonyms1764760000002 } from './1764760000002-search-synonyms.js';
import { EmailOutbox1764770000000 } from './1764770000000-email-outbox.js';
import { PasswordReset1764770000001 } from './1764770000001-password-reset.js';
import { EmailNotifications1764780000000 } from './1764780000000-email-notifications.js';
import { EmailReplyReceived1764781000000 } from './1764781000000-email-reply-received.js';
import { UploadedFiles1764790000000 } from './1764790000000-uploaded-files.js';
import { Documents1764790000001 } from './1764790000001-documents.js';
import { DocumentNotifications1764790000002 } from './1764790000002-document-notifications.js';
import { DocumentSearch1764790000003 } from './1764790000003-document-search.js';
import { ThreadPostCounts1764810000000 } from './1764810000000-thread-post-counts.js';
import { NeedsAdoptions1764820000000 } from './1764820000000-needs-adoptions.js';
import { TwinningWorkspace1764830000000 } from './1764830000000-twinning-workspace.js';
import { MilestoneReminders1764830000001 } from './1764830000001-milestone-reminders.js';
import { TwinningThreads1764830000002 } from './1764830000002-twinning-threads.js';
import { IpaRegistry1764840000000 } from './1764840000000-ipa-registry.js';
import { PracticeSoftware1764840000001 } from './1764840000001-practice-software.js';
import { OidcSignIn1764840000002 } from './1764840000002-oidc-sign-in.js';
import { SearchRecency1764850000000 } from './1764850000000-search-recency.js';

/** Every migration, in order. Listed by hand: a glob is fragile under ESM and bundling. */
export const migrations = [
  Foundation1764100000000,
  Practices1764200000000,
  Forum1764300000000,
  PracticeLinks1764400000000,
  Search1764500000000,
  Notifications1764600000000,
  SearchVisibility1764700000000,
  RemoteImagesAsLinks1764710000000,
  InvitationStatusBioHtml1764740000000,
  ModerationAudit1764750000000,
  Provinces1764760000000,
  SearchPlacesWords1764760000001,
  SearchSynonyms1764760000002,
  EmailOutbox1764770000000,
  PasswordReset1764770000001,
  EmailNotifications1764780000000,
  EmailReplyReceived1764781000000,
  UploadedFiles1764790000000,
  Documents1764790000001,
  DocumentNotifications1764790000002,
  DocumentSearch1764790000003,
  ThreadPostCounts1764810000000,
  NeedsAdoptions1764820000000,
  TwinningWorkspace1764830000000,
  MilestoneReminders1764830000001,
  TwinningThreads1764830000002,
  IpaRegistry1764840000000,
  PracticeSoftware1764840000001,
  OidcSignIn1764840000002,
  SearchRecency1764850000000,
];
