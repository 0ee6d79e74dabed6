/**
 * Paths of the repository the CDK app packages from, independent of the directory `cdk` runs in.
 */
import { fileURLToPath } from 'node:url';

/** The repository root (holds package.json, package-lock.json, lambdas/ and layers/). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `lambdas/<name>/handler.ts`, absolute. */
export function handlerEntry(name: string): string {
  return fileURLToPath(new URL(`../../lambdas/${name}/handler.ts`, import.meta.url));
}

/** `layers/<name>/build`, absolute: the directory `npm run build:layers` fills and CDK zips. */
export function layerBuildDir(name: string): string {
  return fileURLToPath(new URL(`../../layers/${name}/build`, import.meta.url));
}
