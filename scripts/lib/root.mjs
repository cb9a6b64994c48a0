// The checkout's root directory, for scripts and tests that read its files.
import { fileURLToPath } from 'node:url';

/** The repository's root, ending with a slash. (fileURLToPath, not URL.pathname: a checkout
 * path with spaces or non-ASCII characters stays a path.) */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
