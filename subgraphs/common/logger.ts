import pino, { type Logger } from 'pino';

/** Structured JSON logs, one logger per process, named after the service. */
export function createLogger(service: string, level: string): Logger {
  return pino({ name: service, level, base: { service }, redact: ['req.headers.authorization', '*.password'] });
}
export type { Logger };
