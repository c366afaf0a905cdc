import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@app/mail';
import './enums.js';
import { AdministrationEntity } from './administration/administration.entity.js';
import { AdministrationResolver } from './administration/administration.resolver.js';
import { AdministrationService } from './administration/administration.service.js';
import { IpaImportService } from './administration/ipa/ipa-import.service.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { AuthService } from './auth/auth.service.js';
import { BootstrapAdminService } from './auth/bootstrap-admin.service.js';
import { LoginLimiter } from './auth/login-limiter.js';
import { PasswordHasher } from './auth/password-hasher.js';
import { ViewerService } from './auth/viewer.service.js';
import { OidcController } from './auth/oidc/oidc.controller.js';
import { OidcService } from './auth/oidc/oidc.service.js';
import { InvitationEntity } from './invitation/invitation.entity.js';
import { InvitationResolver } from './invitation/invitation.resolver.js';
import { InvitationService } from './invitation/invitation.service.js';
import { MemberEntity } from './member/member.entity.js';
import { PasswordResetEntity } from './auth/password-reset.entity.js';
import { PasswordService } from './auth/password.service.js';
import { MemberResolver } from './member/member.resolver.js';
import { MemberService } from './member/member.service.js';
import { MembersLoadersFactory } from './members.loaders.js';

@Module({
  imports: [TypeOrmModule.forFeature([AdministrationEntity, MemberEntity, InvitationEntity, PasswordResetEntity]), MailModule],
  controllers: [OidcController],
  providers: [
    OidcService,
    AdministrationService,
    AdministrationResolver,
    IpaImportService,
    MemberService,
    MemberResolver,
    MembersLoadersFactory,
    InvitationService,
    InvitationResolver,
    AuthService,
    AuthResolver,
    PasswordService,
    LoginLimiter,
    PasswordHasher,
    ViewerService,
    BootstrapAdminService,
  ],
  exports: [AdministrationService, IpaImportService, MemberService, MembersLoadersFactory, ViewerService, PasswordHasher, LoginLimiter],
})
export class MembersModule {}
