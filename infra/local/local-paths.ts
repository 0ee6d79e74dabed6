import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory of the command. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `.local/` (gitignored): the local signing key and the running stack's `stack.json`. `LOCAL_STATE_DIR`
 * moves it (tests use that to keep their stack apart from a developer's).
 */
export function localStateDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.LOCAL_STATE_DIR || fileURLToPath(new URL('../../.local/', import.meta.url));
}
