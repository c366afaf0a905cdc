import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional } from 'class-validator';
import { DigestFrequency, NotificationType } from '../notifications.enums.js';

/** What a member receives by e-mail unless they change it. */
export const DEFAULT_EMAIL_IMMEDIATELY: readonly NotificationType[] = [
  NotificationType.MENTION,
  NotificationType.REPLY,
  NotificationType.MODERATION,
  NotificationType.TWINNING_STATUS,
];
export const DEFAULT_DIGEST = DigestFrequency.WEEKLY;

@ObjectType()
export class NotificationSettings {
  @Field(() => [NotificationType], { description: 'tipi di notifica inviati per e-mail se ancora non letti dopo EMAIL_DELAY_SECONDS' })
  emailImmediately!: NotificationType[];

  @Field(() => DigestFrequency, { description: 'il riepilogo per e-mail di ciò che si segue' })
  digest!: DigestFrequency;
}

@InputType()
export class NotificationSettingsInput {
  @Field(() => [NotificationType], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'deve essere un elenco di tipi di notifica' })
  @ArrayMaxSize(50, { message: 'troppi tipi di notifica' })
  @IsEnum(NotificationType, { each: true, message: 'tipo di notifica non valido' })
  emailImmediately?: NotificationType[] | null;

  @Field(() => DigestFrequency, { nullable: true })
  @IsOptional()
  @IsEnum(DigestFrequency, { message: 'frequenza del riepilogo non valida' })
  digest?: DigestFrequency | null;
}
