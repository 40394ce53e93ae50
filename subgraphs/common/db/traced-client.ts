import pg from 'pg';
import { endSql, startSql } from '../telemetry/tracing';
import { requestScope } from './data-source';

type Query = pg.Client['query'];

/**
 * The pg client every subgraph pool uses (`extra.Client`): a span per SQL statement sent during a traced request,
 * as a child of that request's server span (found through the request scope), so a trace runs from the gateway into
 * PostgreSQL. The one place statements pass through, whoever sends them (TypeORM repositories, raw queries, the
 * access kernel's transactions). Outside a traced request (tracing off, migrations, seeds) it only forwards.
 */
export class TracedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const send = super.query.bind(this) as (...args: unknown[]) => unknown;
    const connection = { database: this.database, host: this.host, port: this.port };
    this.query = ((...args: unknown[]) => {
      const requestTrace = requestScope.getStore()?.trace;
      const first = args[0];
      const sql = typeof first === 'string' ? first : (first as { text?: unknown } | null)?.text;
      // Callback and streaming forms (a Submittable) are passed through untouched: TypeORM awaits the promise form.
      if (!requestTrace || typeof sql !== 'string' || typeof args[args.length - 1] === 'function') return send(...args);
      const span = startSql(requestTrace, sql, connection);
      const result = send(...args);
      if (!(result instanceof Promise)) {
        span.end();
        return result;
      }
      return result.then(
        (res: pg.QueryResult) => {
          endSql(span, { rows: res?.rowCount });
          return res;
        },
        (error: unknown) => {
          endSql(span, { error });
          throw error;
        },
      );
    }) as Query;
  }
}
