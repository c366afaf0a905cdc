import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/core';
import { AuthPayload, toMember } from '../member/member.model.js';
import { AuthResult, AuthService } from './auth.service.js';
import { RegisterInput } from './dto/register.input.js';
import { LoginArgs } from './dto/login.args.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload)
  async login(@Args() args: LoginArgs, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.signedIn(ctx, await this.auth.login(args.email, args.password, ctx.req?.ip));
  }

  @Mutation(() => AuthPayload)
  async register(@Args('input') input: RegisterInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.signedIn(ctx, await this.auth.register(input));
  }

  /** The rest of this response is read as the member who just signed in (e.g. their own e-mail). */
  private signedIn(ctx: RequestContext, { token, member, viewer }: AuthResult): AuthPayload {
    ctx.viewer = viewer;
    return { token, member: toMember(member) };
  }
}
