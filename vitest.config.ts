import { defineConfig } from 'vitest/config';

// Four projects: pure unit tests; infra (CDK synth + assertions, slow to import aws-cdk-lib); the
// stack tests (integration + security), which share one local stack started by globalSetup; and the
// soak project (the PDF soak, the service's load and soak runs), alone after all the others (groupOrder 1), because it measures memory and the other
// projects' load on the two cores moved its figures by several percent.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'stack',
          include: ['test/integration/**/*.test.ts', 'test/security/**/*.test.ts'],
          exclude: [
            'test/integration/pdf-soak.test.ts',
            'test/integration/service-load.test.ts',
            'test/integration/service-soak.test.ts',
          ],
          globalSetup: ['test/support/stack-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'soak',
          include: ['test/integration/pdf-soak.test.ts', 'test/integration/service-load.test.ts'],
          sequence: { groupOrder: 1 },
          // One at a time: each measures the machine, and each starts its own stack or renderer.
          fileParallelism: false,
          testTimeout: 600_000,
        },
      },
    ],
  },
});
