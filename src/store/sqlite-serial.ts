/**
 * Serialises all use of the single SQLite connection behind Prisma's better-sqlite3 adapter.
 *
 * The adapter (@prisma/adapter-better-sqlite3 7.10) shares one connection between the client and its
 * interactive transactions and locks only transaction starts. A plain query from another conversation that
 * runs while a transaction is open therefore executes inside that transaction, and is lost if the
 * transaction rolls back (for example when a booking finds its slot taken). This wrapper makes every plain
 * query wait until no transaction is open, and makes a transaction wait until running queries finish.
 */
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

import { Mutex } from "./mutex.js";

/** Wrap a SQLite adapter factory so that each connection's queries and transactions run one at a time. */
export function serializeSqliteAccess<F extends SqlDriverAdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === "connect") {
        return async () => serializeAdapter(await target.connect());
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function serializeAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new Mutex();
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === "queryRaw") {
        return (query: SqlQuery) => lock.runExclusive(() => target.queryRaw(query));
      }
      if (property === "executeRaw") {
        return (query: SqlQuery) => lock.runExclusive(() => target.executeRaw(query));
      }
      if (property === "executeScript") {
        return (script: string) => lock.runExclusive(() => target.executeScript(script));
      }
      if (property === "startTransaction") {
        return async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) => {
          // Hold the lock from BEGIN until COMMIT or ROLLBACK.
          const release = await lock.acquire();
          try {
            return releaseOnEnd(await target.startTransaction(...args), release);
          } catch (error) {
            release();
            throw error;
          }
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function releaseOnEnd(transaction: Transaction, release: () => void): Transaction {
  let released = false;
  const releaseOnce = () => {
    if (!released) {
      released = true;
      release();
    }
  };
  return new Proxy(transaction, {
    get(target, property, receiver) {
      if (property === "commit" || property === "rollback") {
        return async () => {
          try {
            await target[property]();
          } finally {
            releaseOnce();
          }
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
