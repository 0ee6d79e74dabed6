/**
 * What a handler writes while it runs: the JSON lines on stdout and stderr (Powertools Logger's log
 * lines, Powertools Metrics' EMF documents), parsed, with nothing reaching the terminal.
 */
import { vi } from 'vitest';

/**
 * @example const lines = await captureJsonLines(() => handler(event, context));
 */
export async function captureJsonLines(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const capture = (chunk: unknown) => {
    lines.push(String(chunk));
    return true;
  };
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    await run();
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return lines
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
