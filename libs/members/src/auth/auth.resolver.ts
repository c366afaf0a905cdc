import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, ViewerContext } from '@app/core';
import type { MemberEntity } from '../member/member.entity.js';
import { AuthPayload, toMember } from '../member/member.model.js';
import { AuthService } from './auth.service.js';
import { RegisterInput } from './dto/register.input.js';
import { LoginArgs } from './dto/login.args.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload)
  async login(@Args() args: LoginArgs, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    const { token, member } = await this.auth.login(args.email, args.password, ctx.req?.ip);
    return this.signedIn(ctx, token, member);
  }

  @Mutation(() => AuthPayload)
  async register(@Args('input') input: RegisterInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    const { token, member } = await this.auth.register(input);
    return this.signedIn(ctx, token, member);
  }

  /** The rest of this response is read as the member who just signed in (e.g. their own e-mail). */
  private signedIn(ctx: RequestContext, token: string, member: MemberEntity): AuthPayload {
    ctx.viewer = ViewerContext.member(member.id, member.role, member.status, member.joinedAt);
    return { token, member: toMember(member) };
  }
}
