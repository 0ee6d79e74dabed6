/**
 * `cdk synth` as CI runs it: the real CLI with cdk.json's app command, offline, no AWS account, with
 * bundling (esbuild, no Docker). Both deployable stages synthesize with cdk-nag clean, every function
 * ships as an ESM bundle with a linked source map, and an unknown stage fails naming it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLayersBuilt } from '../../infra/bin/ensure-layers.ts';
import { REPO_ROOT } from '../../infra/lib/paths.ts';

const run = promisify(execFile);
const CDK = join(REPO_ROOT, 'node_modules', '.bin', 'cdk');

interface CliResult {
  code: number;
  stderr: string;
  outdir: string;
}

const outdirs: string[] = [];

async function cdkSynth(stage: string): Promise<CliResult> {
  const outdir = mkdtempSync(join(tmpdir(), `cdk-synth-${stage}-`));
  outdirs.push(outdir);
  // No credentials and no account: synth must not need them.
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: '',
    AWS_SECRET_ACCESS_KEY: '',
    AWS_PROFILE: '',
    CI: 'true',
  };
  try {
    const { stderr } = await run(CDK, ['synth', '-c', `stage=${stage}`, '--quiet', '--output', outdir], {
      cwd: REPO_ROOT,
      env,
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stderr, outdir };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? 1, stderr: failed.stderr ?? '', outdir };
  }
}

const results: Record<string, CliResult> = {};

beforeAll(async () => {
  ensureLayersBuilt();
  // One after the other: each run bundles with esbuild and copies ~90 MB of layers.
  for (const stage of ['dev', 'prod', 'qa']) results[stage] = await cdkSynth(stage);
});

afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

describe.each(['dev', 'prod'])('npx cdk synth -c stage=%s', (stage) => {
  const template = () =>
    JSON.parse(
      readFileSync(join(results[stage]?.outdir as string, `InterviewReports-${stage}.template.json`), 'utf8'),
    ) as {
      Resources: Record<string, { Type: string; Metadata?: Record<string, unknown> }>;
    };

  it('succeeds offline', () => {
    expect(results[stage]?.stderr).not.toMatch(/ERROR|Error:/);
    expect(results[stage]?.code).toBe(0);
  });

  it('runs cdk-nag with nothing unacknowledged', () => {
    const report = JSON.parse(
      readFileSync(join(results[stage]?.outdir as string, 'validation-report.json'), 'utf8'),
    );
    expect(report.pluginReports.flatMap((plugin: { violations: unknown[] }) => plugin.violations)).toEqual(
      [],
    );
  });

  it('bundles every function as ESM with a linked source map', () => {
    const functions = Object.entries(template().Resources).filter(
      ([, r]) => r.Type === 'AWS::Lambda::Function',
    );
    expect(functions.length).toBeGreaterThanOrEqual(3);
    for (const [id, resource] of functions) {
      const asset = join(results[stage]?.outdir as string, resource.Metadata?.['aws:asset:path'] as string);
      const code = readFileSync(join(asset, 'index.mjs'), 'utf8');
      expect(code, id).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
      expect(existsSync(join(asset, 'index.mjs.map')), id).toBe(true);
      // ESM with the createRequire shim for CommonJS dependencies.
      expect(code.startsWith("import { createRequire as __createRequire } from 'node:module'"), id).toBe(
        true,
      );
    }
  });

  it('leaves @sparticuz/chromium to the renderer’s layer', () => {
    const [, renderer] = Object.entries(template().Resources).find(
      ([id, r]) => r.Type === 'AWS::Lambda::Function' && id.startsWith('FunctionsPdfRenderer'),
    ) ?? [undefined, undefined];
    const asset = join(results[stage]?.outdir as string, renderer?.Metadata?.['aws:asset:path'] as string);
    const code = readFileSync(join(asset, 'index.mjs'), 'utf8');
    // Imported by name (resolved from /opt/nodejs/node_modules at run time), not inlined.
    expect(code).toMatch(/from\s*["']@sparticuz\/chromium["']/);
    expect(code).not.toContain('chromium.br');
  });
});

describe('npx cdk synth -c stage=qa', () => {
  it('fails, naming the unknown stage', () => {
    expect(results.qa?.code).not.toBe(0);
    expect(results.qa?.stderr).toContain('Unknown stage "qa": run with -c stage=dev|staging|prod');
  });
});
