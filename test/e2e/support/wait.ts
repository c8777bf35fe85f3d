/** Polling helpers for end-to-end tests, where work finishes in other async tasks. */

/** Maximum time an end-to-end wait polls before it fails, in ms. */
export const DEFAULT_WAIT_TIMEOUT_MS = 20_000;
const POLL_INTERVAL_MS = 10;

/**
 * Poll `check` every 10 ms until it returns true, and throw after `timeoutMs` with `description` in the
 * message, so a hung test names what it waited for.
 */
export async function waitUntil(
  description: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs: number = DEFAULT_WAIT_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
