/**
 * An in-process lock. Booking writes of one dealership run one at a time, so the capacity check and the
 * insert that follows it see the same board. The SQLite connection wrapper uses it too, to keep plain
 * queries out of open transactions.
 *
 * NOTE: this serialises callers inside one process only. Several processes on one database would also
 * need the database to serialise them (SQLite does for writes; PostgreSQL needs SERIALIZABLE transactions).
 */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  /** Wait for the lock and return the function that releases it; calling the release again does nothing. */
  async acquire(): Promise<() => void> {
    const previous = this.tail;
    let release: () => void = () => {};
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    return release;
  }

  /** Run `task` after every task queued before it, and return its result. */
  async runExclusive<T>(task: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await task();
    } finally {
      release();
    }
  }
}
