import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsAcceptablePassword } from '../auth/password-policy.js';

const RATE = /^\d+\/\d+$/;

/** The environment variables of the runtime contract, validated once at start-up. */
export class EnvSchema {
  @IsOptional() @IsIn(['development', 'production', 'test'])
  NODE_ENV?: string;

  @IsOptional() @Transform(({ value }) => Number(value))
  @IsInt({ message: 'deve essere un numero di porta' }) @Min(0) @Max(65535)
  PORT?: number;

  @IsOptional() @IsString() @MinLength(1)
  HOST?: string;

  @IsOptional() @Matches(/^postgres(ql)?:\/\/.+/, { message: 'deve essere un URL postgres://utente:password@host:porta/db' })
  DATABASE_URL?: string;

  @IsOptional() @Matches(/^rediss?:\/\/.+/, { message: 'deve essere un URL redis://host:porta' })
  REDIS_URL?: string;

  @IsOptional() @IsString() @MinLength(32, { message: 'deve avere almeno 32 caratteri' })
  JWT_SECRET?: string;

  @IsOptional() @Matches(/^\d+$/, { message: 'deve essere un numero di secondi' })
  JWT_TTL_SECONDS?: string;

  @IsOptional() @Matches(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, { message: 'deve essere un indirizzo e-mail' })
  ADMIN_EMAIL?: string;

  /** Checked like every password a member sets; the value is never printed. */
  @IsOptional() @IsString() @IsAcceptablePassword()
  ADMIN_PASSWORD?: string;

  @IsOptional() @IsIn(['', '0', '1'])
  SEED_DEMO?: string;

  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional() @IsIn(['compiled', 'graphql-js'], { message: 'valori ammessi: compiled, graphql-js' })
  GRAPHQL_EXECUTOR?: string;

  @IsOptional() @Matches(/^\d{1,6}$/, { message: 'deve essere un numero di esecuzioni (0: compila alla prima)' })
  GRAPHQL_COMPILE_AFTER?: string;

  @IsOptional() @Matches(RATE, { message: 'formato atteso: tentativi/secondi, per esempio 10/900' })
  RATE_LIMIT_LOGIN?: string;

  @IsOptional() @Matches(RATE, { message: 'formato atteso: scritture/secondi, per esempio 60/60' })
  RATE_LIMIT_WRITES?: string;

  @IsOptional() @Matches(RATE, { message: 'formato atteso: ricerche/secondi, per esempio 120/60' })
  RATE_LIMIT_SEARCH?: string;

  @IsOptional() @Matches(RATE, { message: 'formato atteso: tentativi/secondi, per esempio 30/60' })
  RATE_LIMIT_SOCKET_HANDSHAKES?: string;

  @IsOptional() @Matches(RATE, { message: 'formato atteso: eventi/secondi, per esempio 100/10' })
  RATE_LIMIT_SOCKET_EVENTS?: string;

  @IsOptional() @IsIn(['', '0', '1'])
  RATE_LIMIT_DISCOURSE_POSTS?: string;

  @IsOptional() @IsString()
  DATA_DIR?: string;

  @IsOptional() @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'deve essere un indirizzo http:// o https://, per esempio https://buonepratiche.example.it' })
  PUBLIC_URL?: string;

  @IsOptional() @Matches(/^smtps?:\/\/\S+$/, { message: 'deve essere un URL smtp://utente:password@host:porta o smtps://…' })
  SMTP_URL?: string;

  @IsOptional() @IsString() @MinLength(3)
  MAIL_FROM?: string;

  @IsOptional() @Matches(/^\d+$/, { message: 'deve essere un numero di secondi' })
  EMAIL_DELAY_SECONDS?: string;

  @IsOptional() @Transform(({ value }) => Number(value))
  @IsInt({ message: 'deve essere un numero di porta' }) @Min(0) @Max(65535)
  INBOUND_SMTP_PORT?: number;

  @IsOptional() @Matches(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i, { message: 'deve essere un nome di dominio, per esempio risposte.buonepratiche.example.it' })
  MAIL_REPLY_DOMAIN?: string;

  @IsOptional() @IsString()
  FILES_DIR?: string;

  @IsOptional() @Matches(/^https?:\/\/\S+$/, { message: 'deve essere un indirizzo http:// o https://' })
  S3_ENDPOINT?: string;

  @IsOptional() @IsString() @MinLength(3)
  S3_BUCKET?: string;

  @IsOptional() @IsString()
  S3_REGION?: string;

  @IsOptional() @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional() @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @IsOptional() @Matches(/^\d+$/, { message: 'deve essere un numero intero di megabyte' })
  MAX_UPLOAD_MB?: string;

  @IsOptional() @Transform(({ value }) => Number(value))
  @IsInt({ message: 'deve essere un numero di porta' }) @Min(1) @Max(65535)
  EMBEDDED_PG_PORT?: number;

  @IsOptional() @IsString()
  CORS_ORIGIN?: string;

  @IsOptional() @IsString()
  TRUST_PROXY?: string;

  @IsOptional()
  @Matches(/^\s*[a-z0-9.-]+(:\d+)?\s*(,\s*[a-z0-9.-]+(:\d+)?\s*)*$/i, {
    message: 'elenco di host separati da virgole, per esempio immagini.comune.example.it,cdn.example.org',
  })
  ALLOWED_IMAGE_HOSTS?: string;

  @IsOptional() @IsString() @MinLength(2) @MaxLength(300)
  OPENDATA_PUBLISHER_NAME?: string;

  @IsOptional() @Matches(/^[a-z0-9][a-z0-9_.-]{1,63}$/i, { message: 'deve essere un codice IPA, per esempio c_h501' })
  OPENDATA_PUBLISHER_IPA?: string;

  @IsOptional() @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: "deve essere l'indirizzo https:// del provider OpenID Connect (l'issuer)" })
  OIDC_ISSUER?: string;

  @IsOptional() @IsString() @MinLength(1)
  OIDC_CLIENT_ID?: string;

  @IsOptional() @IsString() @MinLength(1)
  OIDC_CLIENT_SECRET?: string;
}
