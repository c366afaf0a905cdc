import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { AuthPayload, toMember } from '../member/member.model.js';
import { AuthResult, AuthService } from './auth.service.js';
import { RegisterInput } from './dto/register.input.js';
import { LoginArgs } from './dto/login.args.js';
import { ChangePasswordArgs, RequestPasswordResetArgs, ResetPasswordArgs } from './dto/password.args.js';
import { PasswordService } from './password.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
  ) {}

  @Mutation(() => AuthPayload)
  async login(@Args() args: LoginArgs, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.signedIn(ctx, await this.auth.login(args.email, args.password, ctx.req?.ip));
  }

  @Mutation(() => AuthPayload)
  async register(@Args('input') input: RegisterInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.signedIn(ctx, await this.auth.register(input));
  }

  @Mutation(() => Boolean, { description: "sempre true; un membro con quell'indirizzo riceve un collegamento" })
  async requestPasswordReset(@Args() args: RequestPasswordResetArgs, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.passwords.requestReset(args.email, ctx.req?.ip);
  }

  @Mutation(() => AuthPayload, { description: "monouso, valido un'ora; i token emessi prima smettono di funzionare" })
  async resetPassword(@Args() args: ResetPasswordArgs, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.signedIn(ctx, await this.passwords.reset(args.token, args.password));
  }

  @Mutation(() => AuthPayload, { description: 'i token emessi prima smettono di funzionare' })
  async changePassword(@Viewer() viewer: ViewerContext, @Args() args: ChangePasswordArgs, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.signedIn(ctx, await this.passwords.change(viewer, args.currentPassword, args.newPassword, ctx.req?.ip));
  }

  /** The rest of this response is read as the member who just signed in (e.g. their own e-mail). */
  private signedIn(ctx: RequestContext, { token, member, viewer }: AuthResult): AuthPayload {
    ctx.viewer = viewer;
    return { token, member: toMember(member) };
  }
}
