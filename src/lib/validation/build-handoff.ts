/**
 * How `npm run build` (scripts/build.ts) and the Astro process it starts share the validation.
 * The build validates the content in a process of its own while Astro starts and reads the
 * same content; Astro waits for the verdict before it builds anything (src/integrations/
 * content-guard.ts), and the build tells it over the IPC channel it starts it with. Without
 * this, Astro would validate every file again itself (~1 s per 1,000 articles), or start only
 * after validation (2–7 s more per build).
 */
import type { ChildProcess } from 'node:child_process';
import type { Redirect } from '../redirects.ts';

/** How the validation process (scripts/build/validate.ts) tells the build the content has problems. */
export const INVALID_CONTENT_EXIT_CODE = 3;

/** Set for the Astro process the build starts: the build validates the content alongside it. */
const BUILD_VALIDATES_ENV = 'SUMMIT_TRACKER_BUILD_VALIDATES';
/** The message the build sends once the content has passed. */
const VALIDATED_MESSAGE = 'summit-tracker:content-validated';

/** The environment to start the Astro process with (with an IPC channel: see `tellContentValidated`). */
export const buildValidatesEnv = (): Record<string, string> => ({ [BUILD_VALIDATES_ENV]: '1' });

/** True in an Astro process that the build started, which validates the content alongside it. */
export const buildValidates = (): boolean => process.env[BUILD_VALIDATES_ENV] === '1' && typeof process.send === 'function';

/** In the build: tells the Astro process `child` that the content has passed validation. */
export function tellContentValidated(child: ChildProcess): void {
  child.send(VALIDATED_MESSAGE);
}

/**
 * In the Astro process: resolves once the build says the content has passed, and lets go of the
 * channel (which would keep the process alive). Rejects if the build goes away first; on
 * invalid content the build stops this process instead.
 */
export function contentValidatedByBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (message !== VALIDATED_MESSAGE) return;
      process.off('message', onMessage);
      process.off('disconnect', onDisconnect);
      // Not `disconnect()`, which Node does not allow inside a message handler.
      process.channel?.unref();
      resolve();
    };
    const onDisconnect = () => {
      process.off('message', onMessage);
      reject(new Error('the build that started Astro stopped before the content was validated'));
    };
    process.on('message', onMessage);
    process.once('disconnect', onDisconnect);
  });
}

/**
 * In the validation process the build started: hands the build the redirects the valid content
 * declares (its checks after Astro must not take a redirect page for the page it points to), then
 * lets go of the channel so the process can end.
 */
export function sendRedirects(redirects: readonly Redirect[]): void {
  process.send?.({ redirects }, () => process.disconnect());
}

/**
 * In the build: the redirects the validation process `child` sends; rejects if it goes away
 * without sending them (its exit code then says why).
 */
export function receiveRedirects(child: ChildProcess): Promise<Redirect[]> {
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve((message as { redirects: Redirect[] }).redirects));
    // The channel closes after the last message has arrived: a message sent comes first.
    child.once('disconnect', () => reject(new Error('the validation ended without handing over the redirects')));
  });
}
