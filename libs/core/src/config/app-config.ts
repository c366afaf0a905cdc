import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvSchema } from './env.schema.js';

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** Typed, validated configuration; the only reader of process.env besides the CLI data source. */
export class AppConfig {
  readonly nodeEnv!: 'development' | 'production' | 'test';
  readonly port!: number;
  readonly host!: string;
  /** Unset means: start the embedded PostgreSQL (main.ts fills this in before the app boots). */
  databaseUrl!: string | undefined;
  readonly redisUrl!: string | undefined;
  readonly jwtSecret!: string;
  readonly jwtTtlSeconds!: number;
  readonly adminEmail!: string | undefined;
  readonly adminPassword!: string | undefined;
  readonly seedDemo!: boolean;
  readonly logLevel!: string;
  /** How GraphQL operations run: compiled once per operation (graphql-jit), or walked by graphql-js at every request. */
  readonly graphqlExecutor!: 'compiled' | 'graphql-js';
  /** With the compiled executor: how many times graphql-js runs an operation before it is compiled. */
  readonly graphqlCompileAfter!: number;
  readonly rateLimitLogin!: RateLimit;
  readonly rateLimitWrites!: RateLimit;
  /** Full-text searches (`search`, `practices` with a query) per member, or per address without a token. */
  readonly rateLimitSearch!: RateLimit;
  /**
   * Discourse's stricter posting rules (site_settings.yml), off by default: every member
   * 1 post per 5 s; in a member's first day 1 post per 30 s, at most 3 threads and 10 replies.
   */
  readonly discoursePostLimits!: boolean;
  /** socket.io handshakes per address per window. */
  readonly rateLimitSocketHandshakes!: RateLimit;
  /** Events one socket may send per window before it is disconnected. */
  readonly rateLimitSocketEvents!: RateLimit;
  readonly dataDir!: string;
  /** The address people open, without a trailing slash: every link in an e-mail starts with it. */
  readonly publicUrl!: string;
  /** Unset: e-mails are written as .eml files under `DATA_DIR/outbox/` and their links logged. */
  readonly smtpUrl!: string | undefined;
  /** Sender of every e-mail. */
  readonly mailFrom!: string;
  /** A notification of a type the member wants by e-mail is e-mailed if still unread this long after it was created. */
  readonly emailDelaySeconds!: number;
  /** Port of the built-in SMTP listener for replies by e-mail; undefined: off (0: a free port, for tests). */
  readonly inboundSmtpPort!: number | undefined;
  /** Domain of the reply addresses `reply+<token>@…`. */
  readonly mailReplyDomain!: string;
  /** Where uploaded files live when no S3 bucket is set. */
  readonly filesDir!: string;
  /** An S3-compatible bucket for uploaded files; undefined: the file system under `filesDir`. */
  readonly s3!: { endpoint: string | undefined; bucket: string; region: string; accessKeyId: string | undefined; secretAccessKey: string | undefined } | undefined;
  readonly maxUploadBytes!: number;
  readonly embeddedPgPort!: number;
  readonly corsOrigin!: string | undefined;
  /** Express `trust proxy`: `loopback`, a number of hops, or a list of addresses. */
  readonly trustProxy!: string | number;
  /** Hosts (lower case) whose images Markdown may embed; other remote images render as links. */
  readonly allowedImageHosts!: readonly string[];
  /** Publisher and rights holder of the open-data catalogue (DCAT-AP_IT), with its IPA code when known. */
  readonly openData!: { publisherName: string; publisherIpa: string | undefined };
  /** Sign-in with SPID/CIE through an OpenID Connect provider; undefined: off. */
  readonly oidc!: { issuer: string; clientId: string; clientSecret: string } | undefined;

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  constructor(values: Omit<AppConfig, 'isProduction'>) {
    Object.assign(this, values);
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configurazione non valida:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function parseRate(value: string | undefined, fallback: string): RateLimit {
  const [limit, windowSeconds] = (value || fallback).split('/').map(Number);
  return { limit, windowSeconds };
}

/** Reads the JWT secret kept under the data directory, creating it on first use. */
function persistentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * Validates the environment once. Throws a ConfigError naming every bad variable
 * (never printing their values, so no secret reaches a log).
 */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  // An empty variable counts as unset, as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = plainToInstance(EnvSchema, present, { enableImplicitConversion: false });
  const errors = validateSync(parsed, { whitelist: false, forbidUnknownValues: false });
  const problems = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);

  const nodeEnv = (parsed.NODE_ENV ?? 'development') as AppConfig['nodeEnv'];
  if (nodeEnv === 'production' && !parsed.JWT_SECRET) {
    problems.push('JWT_SECRET: obbligatorio quando NODE_ENV=production');
  }
  if (Boolean(parsed.ADMIN_EMAIL) !== Boolean(parsed.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL, ADMIN_PASSWORD: vanno impostati entrambi o nessuno dei due');
  }
  const oidcSet = [parsed.OIDC_ISSUER, parsed.OIDC_CLIENT_ID, parsed.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidcSet > 0 && oidcSet < 3) {
    problems.push('OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: vanno impostati tutti e tre o nessuno');
  }
  if (parsed.OIDC_ISSUER?.startsWith('http://') && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(parsed.OIDC_ISSUER)) {
    problems.push('OIDC_ISSUER: deve essere un indirizzo https:// (http:// solo per un provider sulla stessa macchina)');
  }
  if (problems.length) throw new ConfigError(problems);

  const dataDir = resolve(parsed.DATA_DIR || '.data');
  const port = parsed.PORT ?? 3000;
  const host = parsed.HOST || '127.0.0.1';
  const publicUrl = (parsed.PUBLIC_URL || `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/+$/, '');
  return new AppConfig({
    nodeEnv,
    port,
    host,
    databaseUrl: parsed.DATABASE_URL || undefined,
    redisUrl: parsed.REDIS_URL || undefined,
    jwtSecret: parsed.JWT_SECRET || persistentSecret(dataDir),
    jwtTtlSeconds: Number(parsed.JWT_TTL_SECONDS || 8 * 3600),
    adminEmail: parsed.ADMIN_EMAIL?.toLowerCase() || undefined,
    adminPassword: parsed.ADMIN_PASSWORD || undefined,
    seedDemo: parsed.SEED_DEMO === '1',
    logLevel: parsed.LOG_LEVEL || 'info',
    graphqlExecutor: parsed.GRAPHQL_EXECUTOR === 'graphql-js' ? 'graphql-js' : 'compiled',
    graphqlCompileAfter: Number(parsed.GRAPHQL_COMPILE_AFTER ?? 1),
    rateLimitLogin: parseRate(parsed.RATE_LIMIT_LOGIN, '10/900'),
    rateLimitWrites: parseRate(parsed.RATE_LIMIT_WRITES, '60/60'),
    rateLimitSearch: parseRate(parsed.RATE_LIMIT_SEARCH, '120/60'),
    discoursePostLimits: parsed.RATE_LIMIT_DISCOURSE_POSTS === '1',
    rateLimitSocketHandshakes: parseRate(parsed.RATE_LIMIT_SOCKET_HANDSHAKES, '30/60'),
    rateLimitSocketEvents: parseRate(parsed.RATE_LIMIT_SOCKET_EVENTS, '100/10'),
    dataDir,
    publicUrl,
    smtpUrl: parsed.SMTP_URL || undefined,
    mailFrom: parsed.MAIL_FROM || 'Buone pratiche <noreply@localhost>',
    emailDelaySeconds: Number(parsed.EMAIL_DELAY_SECONDS ?? 600),
    inboundSmtpPort: parsed.INBOUND_SMTP_PORT,
    mailReplyDomain: (parsed.MAIL_REPLY_DOMAIN || new URL(publicUrl).hostname).toLowerCase(),
    filesDir: resolve(parsed.FILES_DIR || join(dataDir, 'files')),
    s3: parsed.S3_BUCKET
      ? {
          endpoint: parsed.S3_ENDPOINT || undefined,
          bucket: parsed.S3_BUCKET,
          region: parsed.S3_REGION || 'us-east-1',
          accessKeyId: parsed.S3_ACCESS_KEY_ID || undefined,
          secretAccessKey: parsed.S3_SECRET_ACCESS_KEY || undefined,
        }
      : undefined,
    maxUploadBytes: Number(parsed.MAX_UPLOAD_MB ?? 25) * 1024 * 1024,
    embeddedPgPort: parsed.EMBEDDED_PG_PORT ?? 54329,
    corsOrigin: parsed.CORS_ORIGIN || undefined,
    allowedImageHosts: (parsed.ALLOWED_IMAGE_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
    openData: { publisherName: parsed.OPENDATA_PUBLISHER_NAME || 'Comunità di pratica POAT SI', publisherIpa: parsed.OPENDATA_PUBLISHER_IPA?.toLowerCase() || undefined },
    oidc:
      parsed.OIDC_ISSUER && parsed.OIDC_CLIENT_ID && parsed.OIDC_CLIENT_SECRET
        ? { issuer: parsed.OIDC_ISSUER, clientId: parsed.OIDC_CLIENT_ID, clientSecret: parsed.OIDC_CLIENT_SECRET }
        : undefined,
    trustProxy: /^\d+$/.test(parsed.TRUST_PROXY ?? '') ? Number(parsed.TRUST_PROXY) : parsed.TRUST_PROXY || 'loopback',
  });
}
