/**
 * `npm run seed -- <file.json>`: loads a seed document (docs/seed-format.md) into the running local
 * stack, found through `.local/stack.json`. A bad document is refused as a whole, naming the JSON path
 * of the first bad field; nothing of it is written. Exit code 1 on any refusal.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { answersHttp } from './http-probe.ts';
import { SeedValidationError } from './seed-loader.ts';
import { seedDocument } from './stack.ts';
import { readRunningStackState, StackNotRunningError } from './stack-state.ts';

const USAGE = 'usage: npm run seed -- <file.json>';

class SeedCommandError extends Error {}

function readDocument(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SeedCommandError(`Cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SeedCommandError(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

async function main(): Promise<void> {
  const [argument, ...rest] = process.argv.slice(2);
  if (!argument || rest.length > 0 || argument.startsWith('-')) throw new SeedCommandError(USAGE);
  // npm runs scripts from the package root; INIT_CWD is where the command was typed.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), argument);
  const state = readRunningStackState();
  if (!(await answersHttp(state.dynamodbEndpoint))) {
    throw new StackNotRunningError(
      `The local stack (pid ${state.pid}) does not answer at ${state.dynamodbEndpoint}. Restart it with \`npm start\`.`,
    );
  }
  const document = readDocument(file);
  const summary = await seedDocument(document, file, state.env);
  const counts = Object.entries(summary.counts)
    .filter(([, count]) => count > 0)
    .map(([section, count]) => `${count} ${section}`)
    .join(', ');
  console.log(`Loaded ${argument} into the local stack at ${state.url}: ${counts || 'nothing'}.`);
  console.log(`${summary.itemsWritten} items written, ${summary.objectsUploaded} objects uploaded.`);
}

main().catch((error: unknown) => {
  if (error instanceof SeedValidationError) {
    console.error(`Invalid seed document ${process.argv[2]}: ${error.message}`);
    console.error(
      `Nothing was written. The format: docs/seed-format.md (schema: infra/local/seed-document.schema.json).`,
    );
  } else if (error instanceof SeedCommandError || error instanceof StackNotRunningError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
