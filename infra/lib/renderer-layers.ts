/**
 * The pdf-renderer's two layers, zipped from what `npm run build:layers` (layers/build.ts) leaves in
 * `layers/<name>/build`: `@sparticuz/chromium` under `nodejs/node_modules` (x86_64 only: its Chromium
 * binary is built for x86_64) and the Noto report fonts.
 */
import { existsSync } from 'node:fs';
import type { RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Code, LayerVersion } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { layerBuildDir } from './paths.ts';
import { NODE_RUNTIME } from './service-function.ts';

/** A layer directory has not been built; synth cannot package what is not there. */
export class LayerNotBuiltError extends Error {
  override readonly name = 'LayerNotBuiltError';
  constructor(readonly directory: string) {
    super(`Layer directory ${directory} does not exist: run \`npm run build:layers\` before synth`);
  }
}

function layerCode(name: string): Code {
  const dir = layerBuildDir(name);
  if (!existsSync(dir)) throw new LayerNotBuiltError(dir);
  return Code.fromAsset(dir);
}

export interface RendererLayersProps {
  removalPolicy: RemovalPolicy;
}

export class RendererLayers extends Construct {
  readonly chromium: LayerVersion;
  readonly fonts: LayerVersion;

  constructor(scope: Construct, id: string, props: RendererLayersProps) {
    super(scope, id);
    this.chromium = new LayerVersion(this, 'Chromium', {
      code: layerCode('chromium'),
      description: '@sparticuz/chromium (headless Chromium for Lambda) under /opt/nodejs/node_modules',
      compatibleArchitectures: [Architecture.X86_64],
      compatibleRuntimes: [NODE_RUNTIME],
      removalPolicy: props.removalPolicy,
    });
    this.fonts = new LayerVersion(this, 'Fonts', {
      code: layerCode('fonts'),
      description: 'Noto report fonts (woff2 unicode-range subsets, every script of the 34 languages)',
      compatibleArchitectures: [Architecture.X86_64, Architecture.ARM_64],
      compatibleRuntimes: [NODE_RUNTIME],
      removalPolicy: props.removalPolicy,
    });
  }
}
