/**
 * `npm run token -- --user <user-id> [--expires-in 1h]`: prints a JWT for the user, signed by the local
 * key, and nothing else on stdout (`npm run -s token …` also drops npm's own banner, for `$(…)`).
 * The issuer is that of the running stack (`.local/stack.json`), or of `http://127.0.0.1:${PORT:-3000}`
 * when none runs, so a token made before `npm start` works once it runs on the default port.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_BASE_URL, issuerFor, signToken } from './jwks.ts';
import { readRunningStackState, StackNotRunningError } from './stack-state.ts';

const USAGE = 'usage: npm run token -- --user <user-id> [--expires-in 1h]';

function currentIssuer(): string {
  try {
    return readRunningStackState().issuer;
  } catch (error) {
    if (error instanceof StackNotRunningError) return issuerFor(DEFAULT_BASE_URL);
    throw error;
  }
}

/** `1h`, `15m`, `30s`, `2d` or a number of seconds; jose reads the same spans. */
function parseExpiresIn(value: string): string | number {
  if (/^\d+$/.test(value)) return Number(value);
  if (
    /^\d+\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)$/i.test(
      value,
    )
  ) {
    return value;
  }
  throw new Error(
    `--expires-in must be a time span like 1h, 15m, 30s or a number of seconds, got "${value}"`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: 'string' },
      'expires-in': { type: 'string', default: '1h' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.user) throw new Error(`--user is required\n${USAGE}`);
  const token = await signToken({
    sub: values.user,
    expiresIn: parseExpiresIn(values['expires-in']),
    iss: currentIssuer(),
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 2;
});
