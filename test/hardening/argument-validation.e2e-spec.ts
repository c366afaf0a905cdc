import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length } from 'class-validator';
import { BadUserInputError } from '@app/core';
import { FlagEntity } from '@app/moderation';
import { startTestApp, TestApp } from '@app/testing';
import { createValidationPipe } from '../../apps/api/src/graphql/validation.pipe.js';
import { codeOf } from '../forum/forum-operations.js';

const FLAG = `mutation ($postId: ID!, $reason: String!) { flagPost(postId: $postId, reason: $reason) { id reason } }`;
/** Arguments shaped like flagPost's: an id and a trimmed reason of 3..1000 characters. */
class ReasonArgs {
  @IsUUID('all') postId!: string;
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @Length(3, 1000) reason!: string;
}
const ARGS = { type: 'body', metatype: ReasonArgs, data: undefined } as const;

describe('argument validation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('applies the transforms of arguments that passed before, and refuses every invalid value each time it comes, writing nothing', async () => {
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const reporters = [await t.seed.member(), await t.seed.member()];
    for (const reporter of reporters) {
      const res = await t.gql(reporter, FLAG, { postId: thread.openingPostId, reason: '  Dati personali  ' });
      expect(res.errors).toBeUndefined();
      expect(res.data.flagPost.reason).toBe('Dati personali');
    }
    const late = await t.seed.member();
    for (let i = 0; i < 2; i++) {
      expect(codeOf(await t.gql(late, FLAG, { postId: thread.openingPostId, reason: ' x ' }))).toBe('BAD_USER_INPUT');
    }
    expect(await t.count(FlagEntity, { reporterId: late.id })).toBe(0);
  });

  it('hands out a fresh instance of the argument class for the same valid value, never one shared between calls', async () => {
    const pipe = createValidationPipe();
    const value = { postId: randomUUID(), reason: '  Fuori tema  ' };
    const first = (await pipe.transform({ ...value }, ARGS)) as ReasonArgs;
    const second = (await pipe.transform({ ...value }, ARGS)) as ReasonArgs;
    expect(first).toBeInstanceOf(ReasonArgs);
    expect(second).toBeInstanceOf(ReasonArgs);
    expect(second).toEqual({ postId: value.postId, reason: 'Fuori tema' });
    expect(second).not.toBe(first);
    second.reason = 'cambiato da un resolver';
    expect(await pipe.transform({ ...value }, ARGS)).toEqual({ postId: value.postId, reason: 'Fuori tema' });
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform({ postId: value.postId, reason: ' ab ' }, ARGS)).rejects.toBeInstanceOf(BadUserInputError);
    }
  });
});
