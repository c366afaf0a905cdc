import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PromisedField } from './promised-field.js';

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/** `first`/`after` for any connection; the range of `first` is checked by `pageSize`. */
@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(2000)
  after?: string | null;
}

/** Builds the `XConnection { nodes pageInfo totalCount }` object type of the contract. */
export function ConnectionType<T>(node: Type<T>) {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionClass {
    @Field(() => [node]) nodes!: T[];
    @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
    /** Counted only when asked for: resolvers hand a lazy thenable. */
    @Field(() => Int) @PromisedField() totalCount!: number;
  }
  return ConnectionClass;
}
