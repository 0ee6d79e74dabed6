/**
 * The in-memory repository the use-case and handler tests use keeps the port's promises, by the same
 * suite the DynamoDB repository passes on DynamoDB Local (test/integration/store.test.ts).
 */
import { describe } from 'vitest';
import { FakeRepository } from '../../support/fakes.ts';
import { reportRepositoryContract } from '../../support/repository-contract.ts';

describe('FakeRepository', () => {
  reportRepositoryContract(
    async (seed) => new FakeRepository(seed.memberships, seed.bundles, seed.merchants),
  );
});
