import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { FollowLevel, FollowTargetType } from '../../notifications.enums.js';

@ArgsType()
export class UnfollowArgs {
  @Field(() => FollowTargetType)
  @IsEnum(FollowTargetType, { message: 'tipo di elemento da seguire non valido' })
  targetType!: FollowTargetType;

  @Field()
  @IsString() @MinLength(1, { message: 'indica cosa seguire' }) @MaxLength(100, { message: 'al massimo 100 caratteri' })
  targetId!: string;
}

@ArgsType()
export class FollowArgs extends UnfollowArgs {
  @Field(() => FollowLevel, { nullable: true, defaultValue: FollowLevel.WATCHING })
  @IsOptional() @IsEnum(FollowLevel, { message: 'livello non valido' })
  level?: FollowLevel | null;
}
