import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/**
 * The process logger (structured JSON on stdout). Its level is set once from
 * LOG_LEVEL at start-up; redaction keeps tokens and passwords out of every line.
 */
export const rootLogger: Logger = pino({
  level: 'info',
  base: undefined,
  redact: {
    paths: ['*.password', '*.token', '*.jwtSecret', 'req.headers.authorization', '*.passwordHash'],
    censor: '[nascosto]',
  },
});

export function setLogLevel(level: string): void {
  rootLogger.level = level;
}

/** Nest's logger interface on top of pino. */
export class PinoNestLogger implements LoggerService {
  log(message: unknown, context?: string): void {
    rootLogger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    rootLogger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    rootLogger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    rootLogger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    rootLogger.trace({ context }, String(message));
  }
}
