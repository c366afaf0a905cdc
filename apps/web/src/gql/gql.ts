/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SearchAdministrations($query: String, $convergence: Boolean, $first: Int) {\n    administrations(query: $query, convergence: $convergence, first: $first) {\n      nodes { id name region province ipaCode convergence }\n      totalCount\n    }\n  }\n": typeof types.SearchAdministrationsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      member { id }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MyEmailSettings {\n    me { id role notificationSettings { emailImmediately digest } }\n  }\n": typeof types.MyEmailSettingsDocument,
    "\n  mutation UpdateEmailSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) { emailImmediately digest }\n  }\n": typeof types.UpdateEmailSettingsDocument,
    "\n  fragment FollowFields on Follow {\n    id targetType targetId level createdAt\n  }\n": typeof types.FollowFieldsFragmentDoc,
    "\n  query MyFollows {\n    myFollows { ...FollowFields }\n  }\n": typeof types.MyFollowsDocument,
    "\n  mutation Follow($targetType: FollowTargetType!, $targetId: String!, $level: FollowLevel) {\n    follow(targetType: $targetType, targetId: $targetId, level: $level) { ...FollowFields }\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($targetType: FollowTargetType!, $targetId: String!) {\n    unfollow(targetType: $targetType, targetId: $targetId)\n  }\n": typeof types.UnfollowDocument,
    "\n  query MentionCandidates($query: String!) {\n    members(filter: { query: $query }, first: 6) {\n      nodes { id handle displayName }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query FindPractices($query: String) {\n    practices(filter: { query: $query }, first: 8) {\n      nodes { id slug title offeringAdministration { id name } }\n    }\n  }\n": typeof types.FindPracticesDocument,
    "\n  fragment ThreadListItem on Thread {\n    id title pinned status hidden postCount lastActivityAt tags\n    author { id displayName }\n    category { id slug name }\n  }\n": typeof types.ThreadListItemFragmentDoc,
    "\n  fragment TwinningHistory on Twinning {\n    id status\n    history { from to note at by { id displayName } }\n  }\n": typeof types.TwinningHistoryFragmentDoc,
    "\n  query AdminAdministrations($query: String, $first: Int, $after: String) {\n    administrations(query: $query, first: $first, after: $after) {\n      nodes { id name ipaCode kind region country convergence }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.AdminAdministrationsDocument,
    "\n  mutation CreateAdministration($input: CreateAdministrationInput!) {\n    createAdministration(input: $input) { id name }\n  }\n": typeof types.CreateAdministrationDocument,
    "\n  fragment InvitationFields on Invitation {\n    id email role code expiresAt acceptedAt status sentAt revokedAt\n    invitedBy { id displayName }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Invitations {\n    invitations { ...InvitationFields }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) { ...InvitationFields }\n  }\n": typeof types.CreateInvitationDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) { ...InvitationFields }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { ...InvitationFields }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation SetMemberAdministration($memberId: ID!, $administrationId: ID) {\n    setMemberAdministration(memberId: $memberId, administrationId: $administrationId) { id administration { id name } }\n  }\n": typeof types.SetMemberAdministrationDocument,
    "\n  query AdminMembers($query: String, $first: Int, $after: String) {\n    members(filter: { query: $query }, first: $first, after: $after) {\n      nodes { id handle displayName role status email administration { id name } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) { id role }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation SetMemberStatus($memberId: ID!, $status: MemberStatus!, $reason: String) {\n    setMemberStatus(memberId: $memberId, status: $status, reason: $reason) { id status }\n  }\n": typeof types.SetMemberStatusDocument,
    "\n  mutation AttachDocument($input: AttachDocumentInput!) {\n    attachDocument(input: $input) { ...DocumentItem }\n  }\n": typeof types.AttachDocumentDocument,
    "\n  fragment DocumentItem on Document {\n    id title kind licence fileName contentType sizeBytes version createdAt updatedAt url\n    uploadedBy { id displayName }\n    versions { version fileName sizeBytes changeSummary createdAt url uploadedBy { id displayName } }\n  }\n": typeof types.DocumentItemFragmentDoc,
    "\n  mutation RemoveDocument($documentId: ID!) {\n    removeDocument(documentId: $documentId)\n  }\n": typeof types.RemoveDocumentDocument,
    "\n  mutation ReplaceDocument($input: ReplaceDocumentInput!) {\n    replaceDocument(input: $input) { ...DocumentItem }\n  }\n": typeof types.ReplaceDocumentDocument,
    "\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      nodes {\n        id reason status createdAt\n        reporter { id displayName }\n        post { id body hidden author { id displayName } thread { id title } }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation ResolveFlag($flagId: ID!, $resolution: FlagResolution!, $note: String) {\n    resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) { id status resolvedAt }\n  }\n": typeof types.ResolveFlagDocument,
    "\n  query ModeratorCandidates($query: String!) {\n    members(filter: { query: $query }, first: 8) {\n      nodes { id displayName role }\n    }\n  }\n": typeof types.ModeratorCandidatesDocument,
    "\n  query ModerationLogPost($id: ID!) {\n    post(id: $id) { id thread { id title } }\n  }\n": typeof types.ModerationLogPostDocument,
    "\n  query ModerationLogThread($id: ID!) {\n    thread(id: $id) { id title }\n  }\n": typeof types.ModerationLogThreadDocument,
    "\n  query ModerationLogMember($id: ID!) {\n    member(id: $id) { id displayName }\n  }\n": typeof types.ModerationLogMemberDocument,
    "\n  query ModerationLog($action: String, $moderatorId: ID, $since: DateTime, $until: DateTime, $first: Int, $after: String) {\n    moderationLog(action: $action, moderatorId: $moderatorId, since: $since, until: $until, first: $first, after: $after) {\n      nodes {\n        id action targetType targetId reason createdAt\n        moderator { id displayName }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  fragment NeedMatches on Need {\n    id\n    administration { id name convergence }\n    matches(first: 10) {\n      score reasons\n      practice { id slug title summary themes adoptionCount offeringAdministration { id name } }\n    }\n  }\n": typeof types.NeedMatchesFragmentDoc,
    "\n  fragment PracticeAdoptions on Practice {\n    id adoptionCount\n    offeringAdministration { id }\n    contacts { id }\n    twinnings { id status receiving { id } }\n    adoptions {\n      id stage verified updatedAt\n      administration { id name }\n      verifiedBy { id displayName }\n      twinning { id }\n      history { from to note at by { id displayName } }\n    }\n  }\n": typeof types.PracticeAdoptionsFragmentDoc,
    "\n  mutation RecordAdoption($input: RecordAdoptionInput!) {\n    recordAdoption(input: $input) { id stage verified }\n  }\n": typeof types.RecordAdoptionDocument,
    "\n  mutation VerifyAdoption($id: ID!) {\n    verifyAdoption(id: $id) { id verified verifiedBy { id displayName } }\n  }\n": typeof types.VerifyAdoptionDocument,
    "\n  fragment PracticeChangelog on Practice {\n    id\n    updates { id summary createdAt author { id displayName } }\n  }\n": typeof types.PracticeChangelogFragmentDoc,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      id summary version updatedAt repositoryUrl licence\n      ...PracticeChangelog\n    }\n  }\n": typeof types.UpdatePracticeDocument,
    "\n  mutation ProposeTwinning($input: ProposeTwinningInput!) {\n    proposeTwinning(input: $input) { id }\n  }\n": typeof types.ProposeTwinningDocument,
    "\n  fragment ThreadPracticeLinks on Thread {\n    id\n    author { id }\n    practices { note linkedAt practice { id slug title } linkedBy { id displayName } }\n  }\n": typeof types.ThreadPracticeLinksFragmentDoc,
    "\n  mutation LinkPractice($input: LinkPracticeInput!) {\n    linkPractice(input: $input) { ...ThreadPracticeLinks }\n  }\n": typeof types.LinkPracticeDocument,
    "\n  mutation UnlinkPractice($threadId: ID!, $practiceId: ID!) {\n    unlinkPractice(threadId: $threadId, practiceId: $practiceId) { ...ThreadPracticeLinks }\n  }\n": typeof types.UnlinkPracticeDocument,
    "\n  fragment ModeratedThread on Thread {\n    id title pinned hidden status\n    category { id }\n  }\n": typeof types.ModeratedThreadFragmentDoc,
    "\n  mutation SetPinned($threadId: ID!, $pinned: Boolean!, $reason: String) {\n    setThreadPinned(threadId: $threadId, pinned: $pinned, reason: $reason) { id pinned }\n  }\n": typeof types.SetPinnedDocument,
    "\n  mutation SetLocked($threadId: ID!, $locked: Boolean!, $reason: String) {\n    setThreadLocked(threadId: $threadId, locked: $locked, reason: $reason) { id status }\n  }\n": typeof types.SetLockedDocument,
    "\n  mutation SetThreadHidden($threadId: ID!, $hidden: Boolean!, $reason: String) {\n    setThreadHidden(threadId: $threadId, hidden: $hidden, reason: $reason) { id hidden }\n  }\n": typeof types.SetThreadHiddenDocument,
    "\n  mutation MoveThread($threadId: ID!, $categoryId: ID!, $reason: String) {\n    moveThread(threadId: $threadId, categoryId: $categoryId, reason: $reason) { id category { id slug name } }\n  }\n": typeof types.MoveThreadDocument,
    "\n  mutation MergeThreads($sourceThreadId: ID!, $targetThreadId: ID!, $reason: String) {\n    mergeThreads(sourceThreadId: $sourceThreadId, targetThreadId: $targetThreadId, reason: $reason) { id }\n  }\n": typeof types.MergeThreadsDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) { ...PostFields }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation FlagPost($postId: ID!, $reason: String!) {\n    flagPost(postId: $postId, reason: $reason) { id status }\n  }\n": typeof types.FlagPostDocument,
    "\n  fragment PostFields on Post {\n    id body bodyHtml createdAt editedAt version hidden usefulCount viewerFoundUseful\n    author { id handle displayName }\n    replyTo { id author { id displayName } }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  fragment PostThread on Thread {\n    id status\n    author { id }\n    solution { id }\n  }\n": typeof types.PostThreadFragmentDoc,
    "\n  mutation MarkUseful($postId: ID!, $useful: Boolean!) {\n    markPostUseful(postId: $postId, useful: $useful) { id usefulCount viewerFoundUseful }\n  }\n": typeof types.MarkUsefulDocument,
    "\n  mutation MarkSolution($threadId: ID!, $postId: ID) {\n    markSolution(threadId: $threadId, postId: $postId) { id solution { id } }\n  }\n": typeof types.MarkSolutionDocument,
    "\n  mutation SetPostHidden($postId: ID!, $hidden: Boolean!, $reason: String) {\n    setPostHidden(postId: $postId, hidden: $hidden, reason: $reason) { id hidden }\n  }\n": typeof types.SetPostHiddenDocument,
    "\n  mutation Reply($input: ReplyInput!) {\n    replyToThread(input: $input) { ...PostFields }\n  }\n": typeof types.ReplyDocument,
    "\n  fragment ThreadHeader on Thread {\n    id title status pinned hidden tags createdAt postCount\n    category { id slug name }\n    author { id displayName }\n  }\n": typeof types.ThreadHeaderFragmentDoc,
    "\n  query PostById($id: ID!) {\n    post(id: $id) { ...PostFields }\n  }\n": typeof types.PostByIdDocument,
    "\n  fragment EventItem on Event {\n    id title description startsAt endsAt place onlineUrl cancelled attendeeCount viewerAttending icsUrl\n    organiser { id displayName }\n    twinning { id practice { id title } }\n  }\n": typeof types.EventItemFragmentDoc,
    "\n  mutation RsvpEvent($eventId: ID!, $attending: Boolean!) {\n    rsvpEvent(eventId: $eventId, attending: $attending) { ...EventItem }\n  }\n": typeof types.RsvpEventDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { ...EventItem }\n  }\n": typeof types.CreateEventDocument,
    "\n  query PracticeCalls($practiceId: ID!) {\n    twinningCalls(practiceId: $practiceId, first: 10) {\n      nodes { id title status deadline }\n    }\n  }\n": typeof types.PracticeCallsDocument,
    "\n  fragment TwinningPlan on Twinning {\n    id status budgetEuro\n    participants { role administration { id name } contact { id displayName } }\n    milestones { id title dueDate doneAt }\n    budgetLines { id label plannedEuro spentEuro }\n    history { from to note at by { id displayName } }\n  }\n": typeof types.TwinningPlanFragmentDoc,
    "\n  mutation SetTwinningParticipant($twinningId: ID!, $administrationId: ID!, $role: TwinningRole!, $contactId: ID) {\n    setTwinningParticipant(twinningId: $twinningId, administrationId: $administrationId, role: $role, contactId: $contactId) { ...TwinningPlan receiving { id name } }\n  }\n": typeof types.SetTwinningParticipantDocument,
    "\n  mutation RemoveTwinningParticipant($twinningId: ID!, $administrationId: ID!) {\n    removeTwinningParticipant(twinningId: $twinningId, administrationId: $administrationId) { ...TwinningPlan receiving { id name } }\n  }\n": typeof types.RemoveTwinningParticipantDocument,
    "\n  mutation AddMilestone($twinningId: ID!, $title: String!, $dueDate: DateTime) {\n    addMilestone(twinningId: $twinningId, title: $title, dueDate: $dueDate) { ...TwinningPlan }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation CompleteMilestone($milestoneId: ID!, $done: Boolean!) {\n    completeMilestone(milestoneId: $milestoneId, done: $done) { ...TwinningPlan }\n  }\n": typeof types.CompleteMilestoneDocument,
    "\n  mutation SetBudgetLine($twinningId: ID!, $label: String!, $plannedEuro: Int!, $spentEuro: Int!) {\n    setBudgetLine(twinningId: $twinningId, label: $label, plannedEuro: $plannedEuro, spentEuro: $spentEuro) { ...TwinningPlan }\n  }\n": typeof types.SetBudgetLineDocument,
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      status\n      email\n      administration { id name }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Categories {\n    categories { id slug name description theme threadCount }\n  }\n": typeof types.CategoriesDocument,
    "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadCountDocument,
    "\n  query OpenFlagCount {\n    moderationQueue(first: 1) { totalCount }\n  }\n": typeof types.OpenFlagCountDocument,
    "\n  query CallPage($id: ID!) {\n    twinningCall(id: $id) {\n      id title description status deadline seats createdAt\n      practice { id slug title offeringAdministration { id name } contacts { id } }\n      criteria { id label weight }\n      applications {\n        id motivation rank selected total createdAt\n        administration { id name }\n        author { id displayName }\n        scores { score criterion { id } scoredBy { id displayName } }\n      }\n      twinning { id status }\n    }\n    me { id administration { id name convergence } }\n  }\n": typeof types.CallPageDocument,
    "\n  mutation ApplyToCall($input: ApplyToCallInput!) {\n    applyToCall(input: $input) { id }\n  }\n": typeof types.ApplyToCallDocument,
    "\n  mutation ScoreApplication($input: ScoreApplicationInput!) {\n    scoreApplication(input: $input) { id total scores { score criterion { id } scoredBy { id displayName } } }\n  }\n": typeof types.ScoreApplicationDocument,
    "\n  mutation AwardCall($callId: ID!) {\n    awardCall(callId: $callId) { id status twinning { id } applications { id rank selected total } }\n  }\n": typeof types.AwardCallDocument,
    "\n  query TwinningCalls($status: CallStatus, $first: Int, $after: String) {\n    twinningCalls(status: $status, first: $first, after: $after) {\n      nodes {\n        id title status deadline seats createdAt\n        practice { id slug title offeringAdministration { id name } }\n        criteria { id }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.TwinningCallsDocument,
    "\n  mutation OpenTwinningCall($input: OpenTwinningCallInput!) {\n    openTwinningCall(input: $input) { id }\n  }\n": typeof types.OpenTwinningCallDocument,
    "\n  query Category($slug: String!, $orderBy: ThreadOrder, $first: Int, $after: String) {\n    category(slug: $slug) {\n      id slug name description theme threadCount\n      threads(orderBy: $orderBy, first: $first, after: $after) {\n        nodes { ...ThreadListItem }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.CategoryDocument,
    "\n  mutation CompleteRegistration($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id displayName position jobTitle\n      administration { id name }\n    }\n  }\n": typeof types.CompleteRegistrationDocument,
    "\n  query Coverage {\n    coverage { region theme practicesOffered adoptionsInUse openNeeds activeTwinnings }\n  }\n": typeof types.CoverageDocument,
    "\n  query EventsMonth($from: DateTime, $first: Int) {\n    events(from: $from, first: $first) {\n      nodes { ...EventItem }\n      totalCount\n    }\n    me { id calendarFeedUrl }\n  }\n": typeof types.EventsMonthDocument,
    "\n  query Threads($filter: ThreadFilter, $orderBy: ThreadOrder, $first: Int, $after: String) {\n    threads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes { ...ThreadListItem }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.ThreadsDocument,
    "\n  query LatestThreads {\n    threads(orderBy: LAST_ACTIVITY, first: 8) {\n      nodes { ...ThreadListItem }\n    }\n  }\n": typeof types.LatestThreadsDocument,
    "\n  query Digest {\n    digest {\n      since\n      newThreads { id title }\n      activeThreads { id title postCount }\n      updatedPractices { id slug title }\n      newPractices { id slug title }\n      usefulPosts { id usefulCount thread { id title } author { id displayName } }\n    }\n  }\n": typeof types.DigestDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      member { id displayName }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id handle displayName position jobTitle bioHtml expertise role status joinedAt threadCount postCount email\n      administration { id name region country }\n    }\n  }\n": typeof types.MemberPageDocument,
    "\n  query MemberThreads($authorId: ID!) {\n    threads(filter: { authorId: $authorId }, orderBy: NEWEST, first: 10) {\n      nodes { id title createdAt }\n      totalCount\n    }\n  }\n": typeof types.MemberThreadsDocument,
    "\n  query Members($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id handle displayName position jobTitle role status expertise\n        administration { id name region }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query NeedPage($id: ID!) {\n    need(id: $id) {\n      id title descriptionHtml themes status createdAt\n      administration { id name region }\n      author { id displayName }\n      ...NeedMatches\n    }\n  }\n": typeof types.NeedPageDocument,
    "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) { id status }\n  }\n": typeof types.CloseNeedDocument,
    "\n  query Needs($filter: NeedFilter, $first: Int, $after: String) {\n    needs(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id title themes status createdAt\n        administration { id name region }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.NeedsDocument,
    "\n  query AdministrationName($id: ID!) {\n    administration(id: $id) { id name }\n  }\n": typeof types.AdministrationNameDocument,
    "\n  mutation PublishNeed($input: PublishNeedInput!) {\n    publishNeed(input: $input) { id }\n  }\n": typeof types.PublishNeedDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) { id }\n  }\n": typeof types.CreateThreadDocument,
    "\n  query PracticeTitle($id: ID!) {\n    practice(id: $id) { id title }\n  }\n": typeof types.PracticeTitleDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      nodes {\n        id type text createdAt readAt\n        actor { id displayName }\n        thread { id title }\n        post { id }\n        practice { id slug title }\n        twinning { id }\n        need { id }\n        event { id }\n        call { id }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkReadDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      member { id displayName }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query PracticePage($slug: String!, $first: Int, $after: String) {\n    practice(slug: $slug) {\n      id slug title summary description descriptionHtml themes year replicability results costEuro\n      technologies tags status version createdAt updatedAt followerCount viewerIsFollowing repositoryUrl licence\n      offeringAdministration { id name region country }\n      contacts { id displayName jobTitle }\n      ...PracticeChangelog\n      ...PracticeAdoptions\n      documents { ...DocumentItem }\n      twinnings { id status objectives createdAt receiving { id name } }\n      threads(first: $first, after: $after) {\n        nodes { ...ThreadListItem }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.PracticePageDocument,
    "\n  query Practices($filter: PracticeFilter, $orderBy: PracticeOrder, $first: Int, $after: String) {\n    practices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        id slug title summary themes year followerCount\n        offeringAdministration { id name region convergence }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      suggestion\n    }\n  }\n": typeof types.PracticesDocument,
    "\n  query PracticeRelaxations(\n    $withoutQuery: PracticeFilter\n    $withoutTheme: PracticeFilter\n    $withoutRegion: PracticeFilter\n    $withoutConvergence: PracticeFilter\n    $query: Boolean!\n    $theme: Boolean!\n    $region: Boolean!\n    $convergence: Boolean!\n  ) {\n    withoutQuery: practices(filter: $withoutQuery, first: 1) @include(if: $query) { totalCount }\n    withoutTheme: practices(filter: $withoutTheme, first: 1) @include(if: $theme) { totalCount }\n    withoutRegion: practices(filter: $withoutRegion, first: 1) @include(if: $region) { totalCount }\n    withoutConvergence: practices(filter: $withoutConvergence, first: 1) @include(if: $convergence) { totalCount }\n  }\n": typeof types.PracticeRelaxationsDocument,
    "\n  query MyProfile {\n    me {\n      id handle displayName position jobTitle bio expertise role status joinedAt email threadCount postCount\n      administration { id name }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id displayName position jobTitle bio expertise\n      administration { id name }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      member { id displayName }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query Search($query: String!, $kinds: [SearchKind!], $orderBy: SearchOrder, $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        score\n        snippet\n        hit {\n          __typename\n          ... on Thread { id title }\n          ... on Post { id thread { id title } author { id displayName } }\n          ... on Practice { id slug title }\n          ... on Member { id displayName handle }\n          ... on Document { id title fileName url }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      totalCountEstimated\n      suggestion\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchAllKinds($query: String!) {\n    search(query: $query, first: 1) { totalCount }\n  }\n": typeof types.SearchAllKindsDocument,
    "\n  query ThreadPage($id: ID!, $first: Int, $after: String) {\n    thread(id: $id) {\n      ...ThreadHeader\n      ...PostThread\n      ...ModeratedThread\n      ...ThreadPracticeLinks\n      posts(first: $first, after: $after) {\n        nodes { ...PostFields }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.ThreadPageDocument,
    "\n  query TwinningPage($id: ID!) {\n    twinning(id: $id) {\n      id status objectives budgetEuro startDate endDate createdAt followerCount\n      practice { id slug title contacts { id } }\n      offering { id name region }\n      receiving { id name region }\n      call { id title }\n      thread { id title postCount }\n      ...TwinningHistory\n      ...TwinningPlan\n      events { ...EventItem }\n      documents { ...DocumentItem }\n    }\n  }\n": typeof types.TwinningPageDocument,
    "\n  mutation SetTwinningStatus($id: ID!, $status: TwinningStatus!, $note: String) {\n    setTwinningStatus(id: $id, status: $status, note: $note) { ...TwinningHistory }\n  }\n": typeof types.SetTwinningStatusDocument,
    "\n  query Twinnings($filter: TwinningFilter, $first: Int, $after: String) {\n    twinnings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id status createdAt budgetEuro\n        practice { id slug title }\n        offering { id name }\n        receiving { id name }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.TwinningsDocument,
};
const documents: Documents = {
    "\n  query SearchAdministrations($query: String, $convergence: Boolean, $first: Int) {\n    administrations(query: $query, convergence: $convergence, first: $first) {\n      nodes { id name region province ipaCode convergence }\n      totalCount\n    }\n  }\n": types.SearchAdministrationsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      member { id }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query MyEmailSettings {\n    me { id role notificationSettings { emailImmediately digest } }\n  }\n": types.MyEmailSettingsDocument,
    "\n  mutation UpdateEmailSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) { emailImmediately digest }\n  }\n": types.UpdateEmailSettingsDocument,
    "\n  fragment FollowFields on Follow {\n    id targetType targetId level createdAt\n  }\n": types.FollowFieldsFragmentDoc,
    "\n  query MyFollows {\n    myFollows { ...FollowFields }\n  }\n": types.MyFollowsDocument,
    "\n  mutation Follow($targetType: FollowTargetType!, $targetId: String!, $level: FollowLevel) {\n    follow(targetType: $targetType, targetId: $targetId, level: $level) { ...FollowFields }\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($targetType: FollowTargetType!, $targetId: String!) {\n    unfollow(targetType: $targetType, targetId: $targetId)\n  }\n": types.UnfollowDocument,
    "\n  query MentionCandidates($query: String!) {\n    members(filter: { query: $query }, first: 6) {\n      nodes { id handle displayName }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query FindPractices($query: String) {\n    practices(filter: { query: $query }, first: 8) {\n      nodes { id slug title offeringAdministration { id name } }\n    }\n  }\n": types.FindPracticesDocument,
    "\n  fragment ThreadListItem on Thread {\n    id title pinned status hidden postCount lastActivityAt tags\n    author { id displayName }\n    category { id slug name }\n  }\n": types.ThreadListItemFragmentDoc,
    "\n  fragment TwinningHistory on Twinning {\n    id status\n    history { from to note at by { id displayName } }\n  }\n": types.TwinningHistoryFragmentDoc,
    "\n  query AdminAdministrations($query: String, $first: Int, $after: String) {\n    administrations(query: $query, first: $first, after: $after) {\n      nodes { id name ipaCode kind region country convergence }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.AdminAdministrationsDocument,
    "\n  mutation CreateAdministration($input: CreateAdministrationInput!) {\n    createAdministration(input: $input) { id name }\n  }\n": types.CreateAdministrationDocument,
    "\n  fragment InvitationFields on Invitation {\n    id email role code expiresAt acceptedAt status sentAt revokedAt\n    invitedBy { id displayName }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Invitations {\n    invitations { ...InvitationFields }\n  }\n": types.InvitationsDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) { ...InvitationFields }\n  }\n": types.CreateInvitationDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) { ...InvitationFields }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { ...InvitationFields }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation SetMemberAdministration($memberId: ID!, $administrationId: ID) {\n    setMemberAdministration(memberId: $memberId, administrationId: $administrationId) { id administration { id name } }\n  }\n": types.SetMemberAdministrationDocument,
    "\n  query AdminMembers($query: String, $first: Int, $after: String) {\n    members(filter: { query: $query }, first: $first, after: $after) {\n      nodes { id handle displayName role status email administration { id name } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.AdminMembersDocument,
    "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) { id role }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation SetMemberStatus($memberId: ID!, $status: MemberStatus!, $reason: String) {\n    setMemberStatus(memberId: $memberId, status: $status, reason: $reason) { id status }\n  }\n": types.SetMemberStatusDocument,
    "\n  mutation AttachDocument($input: AttachDocumentInput!) {\n    attachDocument(input: $input) { ...DocumentItem }\n  }\n": types.AttachDocumentDocument,
    "\n  fragment DocumentItem on Document {\n    id title kind licence fileName contentType sizeBytes version createdAt updatedAt url\n    uploadedBy { id displayName }\n    versions { version fileName sizeBytes changeSummary createdAt url uploadedBy { id displayName } }\n  }\n": types.DocumentItemFragmentDoc,
    "\n  mutation RemoveDocument($documentId: ID!) {\n    removeDocument(documentId: $documentId)\n  }\n": types.RemoveDocumentDocument,
    "\n  mutation ReplaceDocument($input: ReplaceDocumentInput!) {\n    replaceDocument(input: $input) { ...DocumentItem }\n  }\n": types.ReplaceDocumentDocument,
    "\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      nodes {\n        id reason status createdAt\n        reporter { id displayName }\n        post { id body hidden author { id displayName } thread { id title } }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation ResolveFlag($flagId: ID!, $resolution: FlagResolution!, $note: String) {\n    resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) { id status resolvedAt }\n  }\n": types.ResolveFlagDocument,
    "\n  query ModeratorCandidates($query: String!) {\n    members(filter: { query: $query }, first: 8) {\n      nodes { id displayName role }\n    }\n  }\n": types.ModeratorCandidatesDocument,
    "\n  query ModerationLogPost($id: ID!) {\n    post(id: $id) { id thread { id title } }\n  }\n": types.ModerationLogPostDocument,
    "\n  query ModerationLogThread($id: ID!) {\n    thread(id: $id) { id title }\n  }\n": types.ModerationLogThreadDocument,
    "\n  query ModerationLogMember($id: ID!) {\n    member(id: $id) { id displayName }\n  }\n": types.ModerationLogMemberDocument,
    "\n  query ModerationLog($action: String, $moderatorId: ID, $since: DateTime, $until: DateTime, $first: Int, $after: String) {\n    moderationLog(action: $action, moderatorId: $moderatorId, since: $since, until: $until, first: $first, after: $after) {\n      nodes {\n        id action targetType targetId reason createdAt\n        moderator { id displayName }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.ModerationLogDocument,
    "\n  fragment NeedMatches on Need {\n    id\n    administration { id name convergence }\n    matches(first: 10) {\n      score reasons\n      practice { id slug title summary themes adoptionCount offeringAdministration { id name } }\n    }\n  }\n": types.NeedMatchesFragmentDoc,
    "\n  fragment PracticeAdoptions on Practice {\n    id adoptionCount\n    offeringAdministration { id }\n    contacts { id }\n    twinnings { id status receiving { id } }\n    adoptions {\n      id stage verified updatedAt\n      administration { id name }\n      verifiedBy { id displayName }\n      twinning { id }\n      history { from to note at by { id displayName } }\n    }\n  }\n": types.PracticeAdoptionsFragmentDoc,
    "\n  mutation RecordAdoption($input: RecordAdoptionInput!) {\n    recordAdoption(input: $input) { id stage verified }\n  }\n": types.RecordAdoptionDocument,
    "\n  mutation VerifyAdoption($id: ID!) {\n    verifyAdoption(id: $id) { id verified verifiedBy { id displayName } }\n  }\n": types.VerifyAdoptionDocument,
    "\n  fragment PracticeChangelog on Practice {\n    id\n    updates { id summary createdAt author { id displayName } }\n  }\n": types.PracticeChangelogFragmentDoc,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      id summary version updatedAt repositoryUrl licence\n      ...PracticeChangelog\n    }\n  }\n": types.UpdatePracticeDocument,
    "\n  mutation ProposeTwinning($input: ProposeTwinningInput!) {\n    proposeTwinning(input: $input) { id }\n  }\n": types.ProposeTwinningDocument,
    "\n  fragment ThreadPracticeLinks on Thread {\n    id\n    author { id }\n    practices { note linkedAt practice { id slug title } linkedBy { id displayName } }\n  }\n": types.ThreadPracticeLinksFragmentDoc,
    "\n  mutation LinkPractice($input: LinkPracticeInput!) {\n    linkPractice(input: $input) { ...ThreadPracticeLinks }\n  }\n": types.LinkPracticeDocument,
    "\n  mutation UnlinkPractice($threadId: ID!, $practiceId: ID!) {\n    unlinkPractice(threadId: $threadId, practiceId: $practiceId) { ...ThreadPracticeLinks }\n  }\n": types.UnlinkPracticeDocument,
    "\n  fragment ModeratedThread on Thread {\n    id title pinned hidden status\n    category { id }\n  }\n": types.ModeratedThreadFragmentDoc,
    "\n  mutation SetPinned($threadId: ID!, $pinned: Boolean!, $reason: String) {\n    setThreadPinned(threadId: $threadId, pinned: $pinned, reason: $reason) { id pinned }\n  }\n": types.SetPinnedDocument,
    "\n  mutation SetLocked($threadId: ID!, $locked: Boolean!, $reason: String) {\n    setThreadLocked(threadId: $threadId, locked: $locked, reason: $reason) { id status }\n  }\n": types.SetLockedDocument,
    "\n  mutation SetThreadHidden($threadId: ID!, $hidden: Boolean!, $reason: String) {\n    setThreadHidden(threadId: $threadId, hidden: $hidden, reason: $reason) { id hidden }\n  }\n": types.SetThreadHiddenDocument,
    "\n  mutation MoveThread($threadId: ID!, $categoryId: ID!, $reason: String) {\n    moveThread(threadId: $threadId, categoryId: $categoryId, reason: $reason) { id category { id slug name } }\n  }\n": types.MoveThreadDocument,
    "\n  mutation MergeThreads($sourceThreadId: ID!, $targetThreadId: ID!, $reason: String) {\n    mergeThreads(sourceThreadId: $sourceThreadId, targetThreadId: $targetThreadId, reason: $reason) { id }\n  }\n": types.MergeThreadsDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) { ...PostFields }\n  }\n": types.EditPostDocument,
    "\n  mutation FlagPost($postId: ID!, $reason: String!) {\n    flagPost(postId: $postId, reason: $reason) { id status }\n  }\n": types.FlagPostDocument,
    "\n  fragment PostFields on Post {\n    id body bodyHtml createdAt editedAt version hidden usefulCount viewerFoundUseful\n    author { id handle displayName }\n    replyTo { id author { id displayName } }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  fragment PostThread on Thread {\n    id status\n    author { id }\n    solution { id }\n  }\n": types.PostThreadFragmentDoc,
    "\n  mutation MarkUseful($postId: ID!, $useful: Boolean!) {\n    markPostUseful(postId: $postId, useful: $useful) { id usefulCount viewerFoundUseful }\n  }\n": types.MarkUsefulDocument,
    "\n  mutation MarkSolution($threadId: ID!, $postId: ID) {\n    markSolution(threadId: $threadId, postId: $postId) { id solution { id } }\n  }\n": types.MarkSolutionDocument,
    "\n  mutation SetPostHidden($postId: ID!, $hidden: Boolean!, $reason: String) {\n    setPostHidden(postId: $postId, hidden: $hidden, reason: $reason) { id hidden }\n  }\n": types.SetPostHiddenDocument,
    "\n  mutation Reply($input: ReplyInput!) {\n    replyToThread(input: $input) { ...PostFields }\n  }\n": types.ReplyDocument,
    "\n  fragment ThreadHeader on Thread {\n    id title status pinned hidden tags createdAt postCount\n    category { id slug name }\n    author { id displayName }\n  }\n": types.ThreadHeaderFragmentDoc,
    "\n  query PostById($id: ID!) {\n    post(id: $id) { ...PostFields }\n  }\n": types.PostByIdDocument,
    "\n  fragment EventItem on Event {\n    id title description startsAt endsAt place onlineUrl cancelled attendeeCount viewerAttending icsUrl\n    organiser { id displayName }\n    twinning { id practice { id title } }\n  }\n": types.EventItemFragmentDoc,
    "\n  mutation RsvpEvent($eventId: ID!, $attending: Boolean!) {\n    rsvpEvent(eventId: $eventId, attending: $attending) { ...EventItem }\n  }\n": types.RsvpEventDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { ...EventItem }\n  }\n": types.CreateEventDocument,
    "\n  query PracticeCalls($practiceId: ID!) {\n    twinningCalls(practiceId: $practiceId, first: 10) {\n      nodes { id title status deadline }\n    }\n  }\n": types.PracticeCallsDocument,
    "\n  fragment TwinningPlan on Twinning {\n    id status budgetEuro\n    participants { role administration { id name } contact { id displayName } }\n    milestones { id title dueDate doneAt }\n    budgetLines { id label plannedEuro spentEuro }\n    history { from to note at by { id displayName } }\n  }\n": types.TwinningPlanFragmentDoc,
    "\n  mutation SetTwinningParticipant($twinningId: ID!, $administrationId: ID!, $role: TwinningRole!, $contactId: ID) {\n    setTwinningParticipant(twinningId: $twinningId, administrationId: $administrationId, role: $role, contactId: $contactId) { ...TwinningPlan receiving { id name } }\n  }\n": types.SetTwinningParticipantDocument,
    "\n  mutation RemoveTwinningParticipant($twinningId: ID!, $administrationId: ID!) {\n    removeTwinningParticipant(twinningId: $twinningId, administrationId: $administrationId) { ...TwinningPlan receiving { id name } }\n  }\n": types.RemoveTwinningParticipantDocument,
    "\n  mutation AddMilestone($twinningId: ID!, $title: String!, $dueDate: DateTime) {\n    addMilestone(twinningId: $twinningId, title: $title, dueDate: $dueDate) { ...TwinningPlan }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation CompleteMilestone($milestoneId: ID!, $done: Boolean!) {\n    completeMilestone(milestoneId: $milestoneId, done: $done) { ...TwinningPlan }\n  }\n": types.CompleteMilestoneDocument,
    "\n  mutation SetBudgetLine($twinningId: ID!, $label: String!, $plannedEuro: Int!, $spentEuro: Int!) {\n    setBudgetLine(twinningId: $twinningId, label: $label, plannedEuro: $plannedEuro, spentEuro: $spentEuro) { ...TwinningPlan }\n  }\n": types.SetBudgetLineDocument,
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      status\n      email\n      administration { id name }\n    }\n  }\n": types.MeDocument,
    "\n  query Categories {\n    categories { id slug name description theme threadCount }\n  }\n": types.CategoriesDocument,
    "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n": types.UnreadCountDocument,
    "\n  query OpenFlagCount {\n    moderationQueue(first: 1) { totalCount }\n  }\n": types.OpenFlagCountDocument,
    "\n  query CallPage($id: ID!) {\n    twinningCall(id: $id) {\n      id title description status deadline seats createdAt\n      practice { id slug title offeringAdministration { id name } contacts { id } }\n      criteria { id label weight }\n      applications {\n        id motivation rank selected total createdAt\n        administration { id name }\n        author { id displayName }\n        scores { score criterion { id } scoredBy { id displayName } }\n      }\n      twinning { id status }\n    }\n    me { id administration { id name convergence } }\n  }\n": types.CallPageDocument,
    "\n  mutation ApplyToCall($input: ApplyToCallInput!) {\n    applyToCall(input: $input) { id }\n  }\n": types.ApplyToCallDocument,
    "\n  mutation ScoreApplication($input: ScoreApplicationInput!) {\n    scoreApplication(input: $input) { id total scores { score criterion { id } scoredBy { id displayName } } }\n  }\n": types.ScoreApplicationDocument,
    "\n  mutation AwardCall($callId: ID!) {\n    awardCall(callId: $callId) { id status twinning { id } applications { id rank selected total } }\n  }\n": types.AwardCallDocument,
    "\n  query TwinningCalls($status: CallStatus, $first: Int, $after: String) {\n    twinningCalls(status: $status, first: $first, after: $after) {\n      nodes {\n        id title status deadline seats createdAt\n        practice { id slug title offeringAdministration { id name } }\n        criteria { id }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.TwinningCallsDocument,
    "\n  mutation OpenTwinningCall($input: OpenTwinningCallInput!) {\n    openTwinningCall(input: $input) { id }\n  }\n": types.OpenTwinningCallDocument,
    "\n  query Category($slug: String!, $orderBy: ThreadOrder, $first: Int, $after: String) {\n    category(slug: $slug) {\n      id slug name description theme threadCount\n      threads(orderBy: $orderBy, first: $first, after: $after) {\n        nodes { ...ThreadListItem }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.CategoryDocument,
    "\n  mutation CompleteRegistration($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id displayName position jobTitle\n      administration { id name }\n    }\n  }\n": types.CompleteRegistrationDocument,
    "\n  query Coverage {\n    coverage { region theme practicesOffered adoptionsInUse openNeeds activeTwinnings }\n  }\n": types.CoverageDocument,
    "\n  query EventsMonth($from: DateTime, $first: Int) {\n    events(from: $from, first: $first) {\n      nodes { ...EventItem }\n      totalCount\n    }\n    me { id calendarFeedUrl }\n  }\n": types.EventsMonthDocument,
    "\n  query Threads($filter: ThreadFilter, $orderBy: ThreadOrder, $first: Int, $after: String) {\n    threads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes { ...ThreadListItem }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.ThreadsDocument,
    "\n  query LatestThreads {\n    threads(orderBy: LAST_ACTIVITY, first: 8) {\n      nodes { ...ThreadListItem }\n    }\n  }\n": types.LatestThreadsDocument,
    "\n  query Digest {\n    digest {\n      since\n      newThreads { id title }\n      activeThreads { id title postCount }\n      updatedPractices { id slug title }\n      newPractices { id slug title }\n      usefulPosts { id usefulCount thread { id title } author { id displayName } }\n    }\n  }\n": types.DigestDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      member { id displayName }\n    }\n  }\n": types.LoginDocument,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id handle displayName position jobTitle bioHtml expertise role status joinedAt threadCount postCount email\n      administration { id name region country }\n    }\n  }\n": types.MemberPageDocument,
    "\n  query MemberThreads($authorId: ID!) {\n    threads(filter: { authorId: $authorId }, orderBy: NEWEST, first: 10) {\n      nodes { id title createdAt }\n      totalCount\n    }\n  }\n": types.MemberThreadsDocument,
    "\n  query Members($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id handle displayName position jobTitle role status expertise\n        administration { id name region }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.MembersDocument,
    "\n  query NeedPage($id: ID!) {\n    need(id: $id) {\n      id title descriptionHtml themes status createdAt\n      administration { id name region }\n      author { id displayName }\n      ...NeedMatches\n    }\n  }\n": types.NeedPageDocument,
    "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) { id status }\n  }\n": types.CloseNeedDocument,
    "\n  query Needs($filter: NeedFilter, $first: Int, $after: String) {\n    needs(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id title themes status createdAt\n        administration { id name region }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.NeedsDocument,
    "\n  query AdministrationName($id: ID!) {\n    administration(id: $id) { id name }\n  }\n": types.AdministrationNameDocument,
    "\n  mutation PublishNeed($input: PublishNeedInput!) {\n    publishNeed(input: $input) { id }\n  }\n": types.PublishNeedDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) { id }\n  }\n": types.CreateThreadDocument,
    "\n  query PracticeTitle($id: ID!) {\n    practice(id: $id) { id title }\n  }\n": types.PracticeTitleDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      nodes {\n        id type text createdAt readAt\n        actor { id displayName }\n        thread { id title }\n        post { id }\n        practice { id slug title }\n        twinning { id }\n        need { id }\n        event { id }\n        call { id }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkReadDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      member { id displayName }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query PracticePage($slug: String!, $first: Int, $after: String) {\n    practice(slug: $slug) {\n      id slug title summary description descriptionHtml themes year replicability results costEuro\n      technologies tags status version createdAt updatedAt followerCount viewerIsFollowing repositoryUrl licence\n      offeringAdministration { id name region country }\n      contacts { id displayName jobTitle }\n      ...PracticeChangelog\n      ...PracticeAdoptions\n      documents { ...DocumentItem }\n      twinnings { id status objectives createdAt receiving { id name } }\n      threads(first: $first, after: $after) {\n        nodes { ...ThreadListItem }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.PracticePageDocument,
    "\n  query Practices($filter: PracticeFilter, $orderBy: PracticeOrder, $first: Int, $after: String) {\n    practices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        id slug title summary themes year followerCount\n        offeringAdministration { id name region convergence }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      suggestion\n    }\n  }\n": types.PracticesDocument,
    "\n  query PracticeRelaxations(\n    $withoutQuery: PracticeFilter\n    $withoutTheme: PracticeFilter\n    $withoutRegion: PracticeFilter\n    $withoutConvergence: PracticeFilter\n    $query: Boolean!\n    $theme: Boolean!\n    $region: Boolean!\n    $convergence: Boolean!\n  ) {\n    withoutQuery: practices(filter: $withoutQuery, first: 1) @include(if: $query) { totalCount }\n    withoutTheme: practices(filter: $withoutTheme, first: 1) @include(if: $theme) { totalCount }\n    withoutRegion: practices(filter: $withoutRegion, first: 1) @include(if: $region) { totalCount }\n    withoutConvergence: practices(filter: $withoutConvergence, first: 1) @include(if: $convergence) { totalCount }\n  }\n": types.PracticeRelaxationsDocument,
    "\n  query MyProfile {\n    me {\n      id handle displayName position jobTitle bio expertise role status joinedAt email threadCount postCount\n      administration { id name }\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id displayName position jobTitle bio expertise\n      administration { id name }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      member { id displayName }\n    }\n  }\n": types.RegisterDocument,
    "\n  query Search($query: String!, $kinds: [SearchKind!], $orderBy: SearchOrder, $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        score\n        snippet\n        hit {\n          __typename\n          ... on Thread { id title }\n          ... on Post { id thread { id title } author { id displayName } }\n          ... on Practice { id slug title }\n          ... on Member { id displayName handle }\n          ... on Document { id title fileName url }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      totalCountEstimated\n      suggestion\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchAllKinds($query: String!) {\n    search(query: $query, first: 1) { totalCount }\n  }\n": types.SearchAllKindsDocument,
    "\n  query ThreadPage($id: ID!, $first: Int, $after: String) {\n    thread(id: $id) {\n      ...ThreadHeader\n      ...PostThread\n      ...ModeratedThread\n      ...ThreadPracticeLinks\n      posts(first: $first, after: $after) {\n        nodes { ...PostFields }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.ThreadPageDocument,
    "\n  query TwinningPage($id: ID!) {\n    twinning(id: $id) {\n      id status objectives budgetEuro startDate endDate createdAt followerCount\n      practice { id slug title contacts { id } }\n      offering { id name region }\n      receiving { id name region }\n      call { id title }\n      thread { id title postCount }\n      ...TwinningHistory\n      ...TwinningPlan\n      events { ...EventItem }\n      documents { ...DocumentItem }\n    }\n  }\n": types.TwinningPageDocument,
    "\n  mutation SetTwinningStatus($id: ID!, $status: TwinningStatus!, $note: String) {\n    setTwinningStatus(id: $id, status: $status, note: $note) { ...TwinningHistory }\n  }\n": types.SetTwinningStatusDocument,
    "\n  query Twinnings($filter: TwinningFilter, $first: Int, $after: String) {\n    twinnings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id status createdAt budgetEuro\n        practice { id slug title }\n        offering { id name }\n        receiving { id name }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.TwinningsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAdministrations($query: String, $convergence: Boolean, $first: Int) {\n    administrations(query: $query, convergence: $convergence, first: $first) {\n      nodes { id name region province ipaCode convergence }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SearchAdministrations($query: String, $convergence: Boolean, $first: Int) {\n    administrations(query: $query, convergence: $convergence, first: $first) {\n      nodes { id name region province ipaCode convergence }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      member { id }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      member { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEmailSettings {\n    me { id role notificationSettings { emailImmediately digest } }\n  }\n"): (typeof documents)["\n  query MyEmailSettings {\n    me { id role notificationSettings { emailImmediately digest } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmailSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) { emailImmediately digest }\n  }\n"): (typeof documents)["\n  mutation UpdateEmailSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) { emailImmediately digest }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowFields on Follow {\n    id targetType targetId level createdAt\n  }\n"): (typeof documents)["\n  fragment FollowFields on Follow {\n    id targetType targetId level createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFollows {\n    myFollows { ...FollowFields }\n  }\n"): (typeof documents)["\n  query MyFollows {\n    myFollows { ...FollowFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($targetType: FollowTargetType!, $targetId: String!, $level: FollowLevel) {\n    follow(targetType: $targetType, targetId: $targetId, level: $level) { ...FollowFields }\n  }\n"): (typeof documents)["\n  mutation Follow($targetType: FollowTargetType!, $targetId: String!, $level: FollowLevel) {\n    follow(targetType: $targetType, targetId: $targetId, level: $level) { ...FollowFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($targetType: FollowTargetType!, $targetId: String!) {\n    unfollow(targetType: $targetType, targetId: $targetId)\n  }\n"): (typeof documents)["\n  mutation Unfollow($targetType: FollowTargetType!, $targetId: String!) {\n    unfollow(targetType: $targetType, targetId: $targetId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($query: String!) {\n    members(filter: { query: $query }, first: 6) {\n      nodes { id handle displayName }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($query: String!) {\n    members(filter: { query: $query }, first: 6) {\n      nodes { id handle displayName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPractices($query: String) {\n    practices(filter: { query: $query }, first: 8) {\n      nodes { id slug title offeringAdministration { id name } }\n    }\n  }\n"): (typeof documents)["\n  query FindPractices($query: String) {\n    practices(filter: { query: $query }, first: 8) {\n      nodes { id slug title offeringAdministration { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadListItem on Thread {\n    id title pinned status hidden postCount lastActivityAt tags\n    author { id displayName }\n    category { id slug name }\n  }\n"): (typeof documents)["\n  fragment ThreadListItem on Thread {\n    id title pinned status hidden postCount lastActivityAt tags\n    author { id displayName }\n    category { id slug name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TwinningHistory on Twinning {\n    id status\n    history { from to note at by { id displayName } }\n  }\n"): (typeof documents)["\n  fragment TwinningHistory on Twinning {\n    id status\n    history { from to note at by { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAdministrations($query: String, $first: Int, $after: String) {\n    administrations(query: $query, first: $first, after: $after) {\n      nodes { id name ipaCode kind region country convergence }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdminAdministrations($query: String, $first: Int, $after: String) {\n    administrations(query: $query, first: $first, after: $after) {\n      nodes { id name ipaCode kind region country convergence }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAdministration($input: CreateAdministrationInput!) {\n    createAdministration(input: $input) { id name }\n  }\n"): (typeof documents)["\n  mutation CreateAdministration($input: CreateAdministrationInput!) {\n    createAdministration(input: $input) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id email role code expiresAt acceptedAt status sentAt revokedAt\n    invitedBy { id displayName }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id email role code expiresAt acceptedAt status sentAt revokedAt\n    invitedBy { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations { ...InvitationFields }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations { ...InvitationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) { ...InvitationFields }\n  }\n"): (typeof documents)["\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) { ...InvitationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) { ...InvitationFields }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) { ...InvitationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { ...InvitationFields }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { ...InvitationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberAdministration($memberId: ID!, $administrationId: ID) {\n    setMemberAdministration(memberId: $memberId, administrationId: $administrationId) { id administration { id name } }\n  }\n"): (typeof documents)["\n  mutation SetMemberAdministration($memberId: ID!, $administrationId: ID) {\n    setMemberAdministration(memberId: $memberId, administrationId: $administrationId) { id administration { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers($query: String, $first: Int, $after: String) {\n    members(filter: { query: $query }, first: $first, after: $after) {\n      nodes { id handle displayName role status email administration { id name } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdminMembers($query: String, $first: Int, $after: String) {\n    members(filter: { query: $query }, first: $first, after: $after) {\n      nodes { id handle displayName role status email administration { id name } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) { id role }\n  }\n"): (typeof documents)["\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) { id role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberStatus($memberId: ID!, $status: MemberStatus!, $reason: String) {\n    setMemberStatus(memberId: $memberId, status: $status, reason: $reason) { id status }\n  }\n"): (typeof documents)["\n  mutation SetMemberStatus($memberId: ID!, $status: MemberStatus!, $reason: String) {\n    setMemberStatus(memberId: $memberId, status: $status, reason: $reason) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachDocument($input: AttachDocumentInput!) {\n    attachDocument(input: $input) { ...DocumentItem }\n  }\n"): (typeof documents)["\n  mutation AttachDocument($input: AttachDocumentInput!) {\n    attachDocument(input: $input) { ...DocumentItem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentItem on Document {\n    id title kind licence fileName contentType sizeBytes version createdAt updatedAt url\n    uploadedBy { id displayName }\n    versions { version fileName sizeBytes changeSummary createdAt url uploadedBy { id displayName } }\n  }\n"): (typeof documents)["\n  fragment DocumentItem on Document {\n    id title kind licence fileName contentType sizeBytes version createdAt updatedAt url\n    uploadedBy { id displayName }\n    versions { version fileName sizeBytes changeSummary createdAt url uploadedBy { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDocument($documentId: ID!) {\n    removeDocument(documentId: $documentId)\n  }\n"): (typeof documents)["\n  mutation RemoveDocument($documentId: ID!) {\n    removeDocument(documentId: $documentId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceDocument($input: ReplaceDocumentInput!) {\n    replaceDocument(input: $input) { ...DocumentItem }\n  }\n"): (typeof documents)["\n  mutation ReplaceDocument($input: ReplaceDocumentInput!) {\n    replaceDocument(input: $input) { ...DocumentItem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      nodes {\n        id reason status createdAt\n        reporter { id displayName }\n        post { id body hidden author { id displayName } thread { id title } }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      nodes {\n        id reason status createdAt\n        reporter { id displayName }\n        post { id body hidden author { id displayName } thread { id title } }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveFlag($flagId: ID!, $resolution: FlagResolution!, $note: String) {\n    resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) { id status resolvedAt }\n  }\n"): (typeof documents)["\n  mutation ResolveFlag($flagId: ID!, $resolution: FlagResolution!, $note: String) {\n    resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) { id status resolvedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModeratorCandidates($query: String!) {\n    members(filter: { query: $query }, first: 8) {\n      nodes { id displayName role }\n    }\n  }\n"): (typeof documents)["\n  query ModeratorCandidates($query: String!) {\n    members(filter: { query: $query }, first: 8) {\n      nodes { id displayName role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLogPost($id: ID!) {\n    post(id: $id) { id thread { id title } }\n  }\n"): (typeof documents)["\n  query ModerationLogPost($id: ID!) {\n    post(id: $id) { id thread { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLogThread($id: ID!) {\n    thread(id: $id) { id title }\n  }\n"): (typeof documents)["\n  query ModerationLogThread($id: ID!) {\n    thread(id: $id) { id title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLogMember($id: ID!) {\n    member(id: $id) { id displayName }\n  }\n"): (typeof documents)["\n  query ModerationLogMember($id: ID!) {\n    member(id: $id) { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog($action: String, $moderatorId: ID, $since: DateTime, $until: DateTime, $first: Int, $after: String) {\n    moderationLog(action: $action, moderatorId: $moderatorId, since: $since, until: $until, first: $first, after: $after) {\n      nodes {\n        id action targetType targetId reason createdAt\n        moderator { id displayName }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ModerationLog($action: String, $moderatorId: ID, $since: DateTime, $until: DateTime, $first: Int, $after: String) {\n    moderationLog(action: $action, moderatorId: $moderatorId, since: $since, until: $until, first: $first, after: $after) {\n      nodes {\n        id action targetType targetId reason createdAt\n        moderator { id displayName }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedMatches on Need {\n    id\n    administration { id name convergence }\n    matches(first: 10) {\n      score reasons\n      practice { id slug title summary themes adoptionCount offeringAdministration { id name } }\n    }\n  }\n"): (typeof documents)["\n  fragment NeedMatches on Need {\n    id\n    administration { id name convergence }\n    matches(first: 10) {\n      score reasons\n      practice { id slug title summary themes adoptionCount offeringAdministration { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeAdoptions on Practice {\n    id adoptionCount\n    offeringAdministration { id }\n    contacts { id }\n    twinnings { id status receiving { id } }\n    adoptions {\n      id stage verified updatedAt\n      administration { id name }\n      verifiedBy { id displayName }\n      twinning { id }\n      history { from to note at by { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  fragment PracticeAdoptions on Practice {\n    id adoptionCount\n    offeringAdministration { id }\n    contacts { id }\n    twinnings { id status receiving { id } }\n    adoptions {\n      id stage verified updatedAt\n      administration { id name }\n      verifiedBy { id displayName }\n      twinning { id }\n      history { from to note at by { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAdoption($input: RecordAdoptionInput!) {\n    recordAdoption(input: $input) { id stage verified }\n  }\n"): (typeof documents)["\n  mutation RecordAdoption($input: RecordAdoptionInput!) {\n    recordAdoption(input: $input) { id stage verified }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyAdoption($id: ID!) {\n    verifyAdoption(id: $id) { id verified verifiedBy { id displayName } }\n  }\n"): (typeof documents)["\n  mutation VerifyAdoption($id: ID!) {\n    verifyAdoption(id: $id) { id verified verifiedBy { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeChangelog on Practice {\n    id\n    updates { id summary createdAt author { id displayName } }\n  }\n"): (typeof documents)["\n  fragment PracticeChangelog on Practice {\n    id\n    updates { id summary createdAt author { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      id summary version updatedAt repositoryUrl licence\n      ...PracticeChangelog\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      id summary version updatedAt repositoryUrl licence\n      ...PracticeChangelog\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeTwinning($input: ProposeTwinningInput!) {\n    proposeTwinning(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ProposeTwinning($input: ProposeTwinningInput!) {\n    proposeTwinning(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadPracticeLinks on Thread {\n    id\n    author { id }\n    practices { note linkedAt practice { id slug title } linkedBy { id displayName } }\n  }\n"): (typeof documents)["\n  fragment ThreadPracticeLinks on Thread {\n    id\n    author { id }\n    practices { note linkedAt practice { id slug title } linkedBy { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkPractice($input: LinkPracticeInput!) {\n    linkPractice(input: $input) { ...ThreadPracticeLinks }\n  }\n"): (typeof documents)["\n  mutation LinkPractice($input: LinkPracticeInput!) {\n    linkPractice(input: $input) { ...ThreadPracticeLinks }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkPractice($threadId: ID!, $practiceId: ID!) {\n    unlinkPractice(threadId: $threadId, practiceId: $practiceId) { ...ThreadPracticeLinks }\n  }\n"): (typeof documents)["\n  mutation UnlinkPractice($threadId: ID!, $practiceId: ID!) {\n    unlinkPractice(threadId: $threadId, practiceId: $practiceId) { ...ThreadPracticeLinks }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModeratedThread on Thread {\n    id title pinned hidden status\n    category { id }\n  }\n"): (typeof documents)["\n  fragment ModeratedThread on Thread {\n    id title pinned hidden status\n    category { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPinned($threadId: ID!, $pinned: Boolean!, $reason: String) {\n    setThreadPinned(threadId: $threadId, pinned: $pinned, reason: $reason) { id pinned }\n  }\n"): (typeof documents)["\n  mutation SetPinned($threadId: ID!, $pinned: Boolean!, $reason: String) {\n    setThreadPinned(threadId: $threadId, pinned: $pinned, reason: $reason) { id pinned }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocked($threadId: ID!, $locked: Boolean!, $reason: String) {\n    setThreadLocked(threadId: $threadId, locked: $locked, reason: $reason) { id status }\n  }\n"): (typeof documents)["\n  mutation SetLocked($threadId: ID!, $locked: Boolean!, $reason: String) {\n    setThreadLocked(threadId: $threadId, locked: $locked, reason: $reason) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetThreadHidden($threadId: ID!, $hidden: Boolean!, $reason: String) {\n    setThreadHidden(threadId: $threadId, hidden: $hidden, reason: $reason) { id hidden }\n  }\n"): (typeof documents)["\n  mutation SetThreadHidden($threadId: ID!, $hidden: Boolean!, $reason: String) {\n    setThreadHidden(threadId: $threadId, hidden: $hidden, reason: $reason) { id hidden }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveThread($threadId: ID!, $categoryId: ID!, $reason: String) {\n    moveThread(threadId: $threadId, categoryId: $categoryId, reason: $reason) { id category { id slug name } }\n  }\n"): (typeof documents)["\n  mutation MoveThread($threadId: ID!, $categoryId: ID!, $reason: String) {\n    moveThread(threadId: $threadId, categoryId: $categoryId, reason: $reason) { id category { id slug name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeThreads($sourceThreadId: ID!, $targetThreadId: ID!, $reason: String) {\n    mergeThreads(sourceThreadId: $sourceThreadId, targetThreadId: $targetThreadId, reason: $reason) { id }\n  }\n"): (typeof documents)["\n  mutation MergeThreads($sourceThreadId: ID!, $targetThreadId: ID!, $reason: String) {\n    mergeThreads(sourceThreadId: $sourceThreadId, targetThreadId: $targetThreadId, reason: $reason) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) { ...PostFields }\n  }\n"): (typeof documents)["\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) { ...PostFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagPost($postId: ID!, $reason: String!) {\n    flagPost(postId: $postId, reason: $reason) { id status }\n  }\n"): (typeof documents)["\n  mutation FlagPost($postId: ID!, $reason: String!) {\n    flagPost(postId: $postId, reason: $reason) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id body bodyHtml createdAt editedAt version hidden usefulCount viewerFoundUseful\n    author { id handle displayName }\n    replyTo { id author { id displayName } }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id body bodyHtml createdAt editedAt version hidden usefulCount viewerFoundUseful\n    author { id handle displayName }\n    replyTo { id author { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostThread on Thread {\n    id status\n    author { id }\n    solution { id }\n  }\n"): (typeof documents)["\n  fragment PostThread on Thread {\n    id status\n    author { id }\n    solution { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkUseful($postId: ID!, $useful: Boolean!) {\n    markPostUseful(postId: $postId, useful: $useful) { id usefulCount viewerFoundUseful }\n  }\n"): (typeof documents)["\n  mutation MarkUseful($postId: ID!, $useful: Boolean!) {\n    markPostUseful(postId: $postId, useful: $useful) { id usefulCount viewerFoundUseful }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSolution($threadId: ID!, $postId: ID) {\n    markSolution(threadId: $threadId, postId: $postId) { id solution { id } }\n  }\n"): (typeof documents)["\n  mutation MarkSolution($threadId: ID!, $postId: ID) {\n    markSolution(threadId: $threadId, postId: $postId) { id solution { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPostHidden($postId: ID!, $hidden: Boolean!, $reason: String) {\n    setPostHidden(postId: $postId, hidden: $hidden, reason: $reason) { id hidden }\n  }\n"): (typeof documents)["\n  mutation SetPostHidden($postId: ID!, $hidden: Boolean!, $reason: String) {\n    setPostHidden(postId: $postId, hidden: $hidden, reason: $reason) { id hidden }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($input: ReplyInput!) {\n    replyToThread(input: $input) { ...PostFields }\n  }\n"): (typeof documents)["\n  mutation Reply($input: ReplyInput!) {\n    replyToThread(input: $input) { ...PostFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadHeader on Thread {\n    id title status pinned hidden tags createdAt postCount\n    category { id slug name }\n    author { id displayName }\n  }\n"): (typeof documents)["\n  fragment ThreadHeader on Thread {\n    id title status pinned hidden tags createdAt postCount\n    category { id slug name }\n    author { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostById($id: ID!) {\n    post(id: $id) { ...PostFields }\n  }\n"): (typeof documents)["\n  query PostById($id: ID!) {\n    post(id: $id) { ...PostFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventItem on Event {\n    id title description startsAt endsAt place onlineUrl cancelled attendeeCount viewerAttending icsUrl\n    organiser { id displayName }\n    twinning { id practice { id title } }\n  }\n"): (typeof documents)["\n  fragment EventItem on Event {\n    id title description startsAt endsAt place onlineUrl cancelled attendeeCount viewerAttending icsUrl\n    organiser { id displayName }\n    twinning { id practice { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpEvent($eventId: ID!, $attending: Boolean!) {\n    rsvpEvent(eventId: $eventId, attending: $attending) { ...EventItem }\n  }\n"): (typeof documents)["\n  mutation RsvpEvent($eventId: ID!, $attending: Boolean!) {\n    rsvpEvent(eventId: $eventId, attending: $attending) { ...EventItem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { ...EventItem }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { ...EventItem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeCalls($practiceId: ID!) {\n    twinningCalls(practiceId: $practiceId, first: 10) {\n      nodes { id title status deadline }\n    }\n  }\n"): (typeof documents)["\n  query PracticeCalls($practiceId: ID!) {\n    twinningCalls(practiceId: $practiceId, first: 10) {\n      nodes { id title status deadline }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TwinningPlan on Twinning {\n    id status budgetEuro\n    participants { role administration { id name } contact { id displayName } }\n    milestones { id title dueDate doneAt }\n    budgetLines { id label plannedEuro spentEuro }\n    history { from to note at by { id displayName } }\n  }\n"): (typeof documents)["\n  fragment TwinningPlan on Twinning {\n    id status budgetEuro\n    participants { role administration { id name } contact { id displayName } }\n    milestones { id title dueDate doneAt }\n    budgetLines { id label plannedEuro spentEuro }\n    history { from to note at by { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTwinningParticipant($twinningId: ID!, $administrationId: ID!, $role: TwinningRole!, $contactId: ID) {\n    setTwinningParticipant(twinningId: $twinningId, administrationId: $administrationId, role: $role, contactId: $contactId) { ...TwinningPlan receiving { id name } }\n  }\n"): (typeof documents)["\n  mutation SetTwinningParticipant($twinningId: ID!, $administrationId: ID!, $role: TwinningRole!, $contactId: ID) {\n    setTwinningParticipant(twinningId: $twinningId, administrationId: $administrationId, role: $role, contactId: $contactId) { ...TwinningPlan receiving { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTwinningParticipant($twinningId: ID!, $administrationId: ID!) {\n    removeTwinningParticipant(twinningId: $twinningId, administrationId: $administrationId) { ...TwinningPlan receiving { id name } }\n  }\n"): (typeof documents)["\n  mutation RemoveTwinningParticipant($twinningId: ID!, $administrationId: ID!) {\n    removeTwinningParticipant(twinningId: $twinningId, administrationId: $administrationId) { ...TwinningPlan receiving { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMilestone($twinningId: ID!, $title: String!, $dueDate: DateTime) {\n    addMilestone(twinningId: $twinningId, title: $title, dueDate: $dueDate) { ...TwinningPlan }\n  }\n"): (typeof documents)["\n  mutation AddMilestone($twinningId: ID!, $title: String!, $dueDate: DateTime) {\n    addMilestone(twinningId: $twinningId, title: $title, dueDate: $dueDate) { ...TwinningPlan }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMilestone($milestoneId: ID!, $done: Boolean!) {\n    completeMilestone(milestoneId: $milestoneId, done: $done) { ...TwinningPlan }\n  }\n"): (typeof documents)["\n  mutation CompleteMilestone($milestoneId: ID!, $done: Boolean!) {\n    completeMilestone(milestoneId: $milestoneId, done: $done) { ...TwinningPlan }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBudgetLine($twinningId: ID!, $label: String!, $plannedEuro: Int!, $spentEuro: Int!) {\n    setBudgetLine(twinningId: $twinningId, label: $label, plannedEuro: $plannedEuro, spentEuro: $spentEuro) { ...TwinningPlan }\n  }\n"): (typeof documents)["\n  mutation SetBudgetLine($twinningId: ID!, $label: String!, $plannedEuro: Int!, $spentEuro: Int!) {\n    setBudgetLine(twinningId: $twinningId, label: $label, plannedEuro: $plannedEuro, spentEuro: $spentEuro) { ...TwinningPlan }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      status\n      email\n      administration { id name }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      status\n      email\n      administration { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories { id slug name description theme threadCount }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories { id slug name description theme threadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenFlagCount {\n    moderationQueue(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query OpenFlagCount {\n    moderationQueue(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallPage($id: ID!) {\n    twinningCall(id: $id) {\n      id title description status deadline seats createdAt\n      practice { id slug title offeringAdministration { id name } contacts { id } }\n      criteria { id label weight }\n      applications {\n        id motivation rank selected total createdAt\n        administration { id name }\n        author { id displayName }\n        scores { score criterion { id } scoredBy { id displayName } }\n      }\n      twinning { id status }\n    }\n    me { id administration { id name convergence } }\n  }\n"): (typeof documents)["\n  query CallPage($id: ID!) {\n    twinningCall(id: $id) {\n      id title description status deadline seats createdAt\n      practice { id slug title offeringAdministration { id name } contacts { id } }\n      criteria { id label weight }\n      applications {\n        id motivation rank selected total createdAt\n        administration { id name }\n        author { id displayName }\n        scores { score criterion { id } scoredBy { id displayName } }\n      }\n      twinning { id status }\n    }\n    me { id administration { id name convergence } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToCall($input: ApplyToCallInput!) {\n    applyToCall(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ApplyToCall($input: ApplyToCallInput!) {\n    applyToCall(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreApplication($input: ScoreApplicationInput!) {\n    scoreApplication(input: $input) { id total scores { score criterion { id } scoredBy { id displayName } } }\n  }\n"): (typeof documents)["\n  mutation ScoreApplication($input: ScoreApplicationInput!) {\n    scoreApplication(input: $input) { id total scores { score criterion { id } scoredBy { id displayName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardCall($callId: ID!) {\n    awardCall(callId: $callId) { id status twinning { id } applications { id rank selected total } }\n  }\n"): (typeof documents)["\n  mutation AwardCall($callId: ID!) {\n    awardCall(callId: $callId) { id status twinning { id } applications { id rank selected total } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwinningCalls($status: CallStatus, $first: Int, $after: String) {\n    twinningCalls(status: $status, first: $first, after: $after) {\n      nodes {\n        id title status deadline seats createdAt\n        practice { id slug title offeringAdministration { id name } }\n        criteria { id }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TwinningCalls($status: CallStatus, $first: Int, $after: String) {\n    twinningCalls(status: $status, first: $first, after: $after) {\n      nodes {\n        id title status deadline seats createdAt\n        practice { id slug title offeringAdministration { id name } }\n        criteria { id }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenTwinningCall($input: OpenTwinningCallInput!) {\n    openTwinningCall(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation OpenTwinningCall($input: OpenTwinningCallInput!) {\n    openTwinningCall(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Category($slug: String!, $orderBy: ThreadOrder, $first: Int, $after: String) {\n    category(slug: $slug) {\n      id slug name description theme threadCount\n      threads(orderBy: $orderBy, first: $first, after: $after) {\n        nodes { ...ThreadListItem }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Category($slug: String!, $orderBy: ThreadOrder, $first: Int, $after: String) {\n    category(slug: $slug) {\n      id slug name description theme threadCount\n      threads(orderBy: $orderBy, first: $first, after: $after) {\n        nodes { ...ThreadListItem }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteRegistration($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id displayName position jobTitle\n      administration { id name }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteRegistration($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id displayName position jobTitle\n      administration { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage {\n    coverage { region theme practicesOffered adoptionsInUse openNeeds activeTwinnings }\n  }\n"): (typeof documents)["\n  query Coverage {\n    coverage { region theme practicesOffered adoptionsInUse openNeeds activeTwinnings }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsMonth($from: DateTime, $first: Int) {\n    events(from: $from, first: $first) {\n      nodes { ...EventItem }\n      totalCount\n    }\n    me { id calendarFeedUrl }\n  }\n"): (typeof documents)["\n  query EventsMonth($from: DateTime, $first: Int) {\n    events(from: $from, first: $first) {\n      nodes { ...EventItem }\n      totalCount\n    }\n    me { id calendarFeedUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Threads($filter: ThreadFilter, $orderBy: ThreadOrder, $first: Int, $after: String) {\n    threads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes { ...ThreadListItem }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Threads($filter: ThreadFilter, $orderBy: ThreadOrder, $first: Int, $after: String) {\n    threads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes { ...ThreadListItem }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestThreads {\n    threads(orderBy: LAST_ACTIVITY, first: 8) {\n      nodes { ...ThreadListItem }\n    }\n  }\n"): (typeof documents)["\n  query LatestThreads {\n    threads(orderBy: LAST_ACTIVITY, first: 8) {\n      nodes { ...ThreadListItem }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Digest {\n    digest {\n      since\n      newThreads { id title }\n      activeThreads { id title postCount }\n      updatedPractices { id slug title }\n      newPractices { id slug title }\n      usefulPosts { id usefulCount thread { id title } author { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  query Digest {\n    digest {\n      since\n      newThreads { id title }\n      activeThreads { id title postCount }\n      updatedPractices { id slug title }\n      newPractices { id slug title }\n      usefulPosts { id usefulCount thread { id title } author { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      member { id displayName }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      member { id displayName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id handle displayName position jobTitle bioHtml expertise role status joinedAt threadCount postCount email\n      administration { id name region country }\n    }\n  }\n"): (typeof documents)["\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id handle displayName position jobTitle bioHtml expertise role status joinedAt threadCount postCount email\n      administration { id name region country }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberThreads($authorId: ID!) {\n    threads(filter: { authorId: $authorId }, orderBy: NEWEST, first: 10) {\n      nodes { id title createdAt }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MemberThreads($authorId: ID!) {\n    threads(filter: { authorId: $authorId }, orderBy: NEWEST, first: 10) {\n      nodes { id title createdAt }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id handle displayName position jobTitle role status expertise\n        administration { id name region }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Members($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id handle displayName position jobTitle role status expertise\n        administration { id name region }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedPage($id: ID!) {\n    need(id: $id) {\n      id title descriptionHtml themes status createdAt\n      administration { id name region }\n      author { id displayName }\n      ...NeedMatches\n    }\n  }\n"): (typeof documents)["\n  query NeedPage($id: ID!) {\n    need(id: $id) {\n      id title descriptionHtml themes status createdAt\n      administration { id name region }\n      author { id displayName }\n      ...NeedMatches\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Needs($filter: NeedFilter, $first: Int, $after: String) {\n    needs(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id title themes status createdAt\n        administration { id name region }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Needs($filter: NeedFilter, $first: Int, $after: String) {\n    needs(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id title themes status createdAt\n        administration { id name region }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministrationName($id: ID!) {\n    administration(id: $id) { id name }\n  }\n"): (typeof documents)["\n  query AdministrationName($id: ID!) {\n    administration(id: $id) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNeed($input: PublishNeedInput!) {\n    publishNeed(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation PublishNeed($input: PublishNeedInput!) {\n    publishNeed(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeTitle($id: ID!) {\n    practice(id: $id) { id title }\n  }\n"): (typeof documents)["\n  query PracticeTitle($id: ID!) {\n    practice(id: $id) { id title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      nodes {\n        id type text createdAt readAt\n        actor { id displayName }\n        thread { id title }\n        post { id }\n        practice { id slug title }\n        twinning { id }\n        need { id }\n        event { id }\n        call { id }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      nodes {\n        id type text createdAt readAt\n        actor { id displayName }\n        thread { id title }\n        post { id }\n        practice { id slug title }\n        twinning { id }\n        need { id }\n        event { id }\n        call { id }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      member { id displayName }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      member { id displayName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticePage($slug: String!, $first: Int, $after: String) {\n    practice(slug: $slug) {\n      id slug title summary description descriptionHtml themes year replicability results costEuro\n      technologies tags status version createdAt updatedAt followerCount viewerIsFollowing repositoryUrl licence\n      offeringAdministration { id name region country }\n      contacts { id displayName jobTitle }\n      ...PracticeChangelog\n      ...PracticeAdoptions\n      documents { ...DocumentItem }\n      twinnings { id status objectives createdAt receiving { id name } }\n      threads(first: $first, after: $after) {\n        nodes { ...ThreadListItem }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PracticePage($slug: String!, $first: Int, $after: String) {\n    practice(slug: $slug) {\n      id slug title summary description descriptionHtml themes year replicability results costEuro\n      technologies tags status version createdAt updatedAt followerCount viewerIsFollowing repositoryUrl licence\n      offeringAdministration { id name region country }\n      contacts { id displayName jobTitle }\n      ...PracticeChangelog\n      ...PracticeAdoptions\n      documents { ...DocumentItem }\n      twinnings { id status objectives createdAt receiving { id name } }\n      threads(first: $first, after: $after) {\n        nodes { ...ThreadListItem }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Practices($filter: PracticeFilter, $orderBy: PracticeOrder, $first: Int, $after: String) {\n    practices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        id slug title summary themes year followerCount\n        offeringAdministration { id name region convergence }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      suggestion\n    }\n  }\n"): (typeof documents)["\n  query Practices($filter: PracticeFilter, $orderBy: PracticeOrder, $first: Int, $after: String) {\n    practices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        id slug title summary themes year followerCount\n        offeringAdministration { id name region convergence }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      suggestion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeRelaxations(\n    $withoutQuery: PracticeFilter\n    $withoutTheme: PracticeFilter\n    $withoutRegion: PracticeFilter\n    $withoutConvergence: PracticeFilter\n    $query: Boolean!\n    $theme: Boolean!\n    $region: Boolean!\n    $convergence: Boolean!\n  ) {\n    withoutQuery: practices(filter: $withoutQuery, first: 1) @include(if: $query) { totalCount }\n    withoutTheme: practices(filter: $withoutTheme, first: 1) @include(if: $theme) { totalCount }\n    withoutRegion: practices(filter: $withoutRegion, first: 1) @include(if: $region) { totalCount }\n    withoutConvergence: practices(filter: $withoutConvergence, first: 1) @include(if: $convergence) { totalCount }\n  }\n"): (typeof documents)["\n  query PracticeRelaxations(\n    $withoutQuery: PracticeFilter\n    $withoutTheme: PracticeFilter\n    $withoutRegion: PracticeFilter\n    $withoutConvergence: PracticeFilter\n    $query: Boolean!\n    $theme: Boolean!\n    $region: Boolean!\n    $convergence: Boolean!\n  ) {\n    withoutQuery: practices(filter: $withoutQuery, first: 1) @include(if: $query) { totalCount }\n    withoutTheme: practices(filter: $withoutTheme, first: 1) @include(if: $theme) { totalCount }\n    withoutRegion: practices(filter: $withoutRegion, first: 1) @include(if: $region) { totalCount }\n    withoutConvergence: practices(filter: $withoutConvergence, first: 1) @include(if: $convergence) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id handle displayName position jobTitle bio expertise role status joinedAt email threadCount postCount\n      administration { id name }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id handle displayName position jobTitle bio expertise role status joinedAt email threadCount postCount\n      administration { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id displayName position jobTitle bio expertise\n      administration { id name }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id displayName position jobTitle bio expertise\n      administration { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      member { id displayName }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      member { id displayName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $kinds: [SearchKind!], $orderBy: SearchOrder, $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        score\n        snippet\n        hit {\n          __typename\n          ... on Thread { id title }\n          ... on Post { id thread { id title } author { id displayName } }\n          ... on Practice { id slug title }\n          ... on Member { id displayName handle }\n          ... on Document { id title fileName url }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      totalCountEstimated\n      suggestion\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $kinds: [SearchKind!], $orderBy: SearchOrder, $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        score\n        snippet\n        hit {\n          __typename\n          ... on Thread { id title }\n          ... on Post { id thread { id title } author { id displayName } }\n          ... on Practice { id slug title }\n          ... on Member { id displayName handle }\n          ... on Document { id title fileName url }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      totalCountEstimated\n      suggestion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAllKinds($query: String!) {\n    search(query: $query, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query SearchAllKinds($query: String!) {\n    search(query: $query, first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPage($id: ID!, $first: Int, $after: String) {\n    thread(id: $id) {\n      ...ThreadHeader\n      ...PostThread\n      ...ModeratedThread\n      ...ThreadPracticeLinks\n      posts(first: $first, after: $after) {\n        nodes { ...PostFields }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPage($id: ID!, $first: Int, $after: String) {\n    thread(id: $id) {\n      ...ThreadHeader\n      ...PostThread\n      ...ModeratedThread\n      ...ThreadPracticeLinks\n      posts(first: $first, after: $after) {\n        nodes { ...PostFields }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwinningPage($id: ID!) {\n    twinning(id: $id) {\n      id status objectives budgetEuro startDate endDate createdAt followerCount\n      practice { id slug title contacts { id } }\n      offering { id name region }\n      receiving { id name region }\n      call { id title }\n      thread { id title postCount }\n      ...TwinningHistory\n      ...TwinningPlan\n      events { ...EventItem }\n      documents { ...DocumentItem }\n    }\n  }\n"): (typeof documents)["\n  query TwinningPage($id: ID!) {\n    twinning(id: $id) {\n      id status objectives budgetEuro startDate endDate createdAt followerCount\n      practice { id slug title contacts { id } }\n      offering { id name region }\n      receiving { id name region }\n      call { id title }\n      thread { id title postCount }\n      ...TwinningHistory\n      ...TwinningPlan\n      events { ...EventItem }\n      documents { ...DocumentItem }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTwinningStatus($id: ID!, $status: TwinningStatus!, $note: String) {\n    setTwinningStatus(id: $id, status: $status, note: $note) { ...TwinningHistory }\n  }\n"): (typeof documents)["\n  mutation SetTwinningStatus($id: ID!, $status: TwinningStatus!, $note: String) {\n    setTwinningStatus(id: $id, status: $status, note: $note) { ...TwinningHistory }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Twinnings($filter: TwinningFilter, $first: Int, $after: String) {\n    twinnings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id status createdAt budgetEuro\n        practice { id slug title }\n        offering { id name }\n        receiving { id name }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Twinnings($filter: TwinningFilter, $first: Int, $after: String) {\n    twinnings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id status createdAt budgetEuro\n        practice { id slug title }\n        offering { id name }\n        receiving { id name }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;