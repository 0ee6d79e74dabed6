/**
 * What every `ReportRepository` promises (shared/usecases/ports.ts), as one suite of tests registered
 * against a factory: the unit project runs it against the in-memory `FakeRepository`, the stack project
 * against `DynamoReportRepository` on DynamoDB Local, so the fake the use-case tests lean on cannot
 * drift from the store it stands in for.
 */
import { describe, expect, it } from 'vitest';
import type { MembershipRecord, MerchantRecord, ResultBundle } from '../../shared/domain/records.ts';
import { ResultGoneError } from '../../shared/errors.ts';
import type { ReportRepository } from '../../shared/usecases/ports.ts';
import {
  allBundles,
  MEMBERSHIPS,
  MERCHANT_ACME,
  MERCHANTS,
  RESULT_ALMOST_EMPTY,
  RESULT_FULL_EN,
  RESULT_JA,
  RESULT_OTHER_MERCHANT,
  RESULT_UNKNOWN,
  USER_WITHOUT_MEMBERSHIP,
} from './fixtures.ts';

/** The records a repository under test holds: the fixtures' two merchants and their results. */
export interface RepositorySeed {
  memberships: readonly MembershipRecord[];
  merchants: readonly MerchantRecord[];
  bundles: readonly ResultBundle[];
}

/** A fresh repository holding exactly `seed` (each test gets its own, so writes do not leak). */
export type RepositoryFactory = (seed: RepositorySeed) => Promise<ReportRepository>;

const seed = (): RepositorySeed => ({
  memberships: MEMBERSHIPS,
  merchants: MERCHANTS,
  bundles: allBundles(),
});

/** The port promises the same turns, not their order (the report orders them by `sequence`). */
function inSequence(bundle: ResultBundle | undefined): ResultBundle | undefined {
  return bundle && { ...bundle, turns: [...bundle.turns].sort((a, b) => a.sequence - b.sequence) };
}

function seeded(resultId: string): ResultBundle {
  const bundle = seed().bundles.find((candidate) => candidate.result.interview_result_id === resultId);
  if (!bundle) throw new Error(`no fixture bundle ${resultId}`);
  return bundle;
}

const RECORD = {
  pdf_export_url: 'https://reports.example.test/reports/r.pdf?X-Amz-Signature=s',
  pdf_export_valid_until: '2026-12-01T00:00:00.000Z',
  pdf_export_version: '2026-11-30T10:00:00.000Z',
};

/**
 * Registers the contract's tests in the current file, each on a repository the factory builds.
 *
 * @example describe('FakeRepository', () => reportRepositoryContract(async (s) => new FakeRepository(s.memberships, s.bundles, s.merchants)));
 */
export function reportRepositoryContract(create: RepositoryFactory): void {
  describe('the ReportRepository contract', () => {
    it('maps each member to their membership, and a user of no merchant to null', async () => {
      const repository = await create(seed());
      for (const membership of MEMBERSHIPS) {
        expect(await repository.getMembership(membership.user_id)).toEqual(membership);
      }
      expect(await repository.getMembership(USER_WITHOUT_MEMBERSHIP)).toBeNull();
    });

    it('returns a stored merchant, and null for one that does not exist (none is invented)', async () => {
      const repository = await create(seed());
      for (const merchant of MERCHANTS)
        expect(await repository.getMerchant(merchant.merchant_id)).toEqual(merchant);
      expect(await repository.getMerchant('00000000-0000-4000-8000-00000000beef')).toBeNull();
    });

    it('loads whole bundles, keyed by the ids as given, in any letter case; unknown ids are left out', async () => {
      const repository = await create(seed());
      const asked = [RESULT_JA, RESULT_FULL_EN.toUpperCase(), RESULT_UNKNOWN, RESULT_ALMOST_EMPTY];
      const bundles = await repository.loadResultBundles(asked);
      expect([...bundles.keys()].sort()).toEqual(
        [RESULT_JA, RESULT_FULL_EN.toUpperCase(), RESULT_ALMOST_EMPTY].sort(),
      );
      expect(inSequence(bundles.get(RESULT_FULL_EN.toUpperCase()))).toEqual(
        inSequence(seeded(RESULT_FULL_EN)),
      );
      expect(inSequence(bundles.get(RESULT_JA))).toEqual(inSequence(seeded(RESULT_JA)));
      expect(inSequence(bundles.get(RESULT_ALMOST_EMPTY))).toEqual(inSequence(seeded(RESULT_ALMOST_EMPTY)));
      expect((await repository.loadResultBundles([RESULT_UNKNOWN])).size).toBe(0);
      expect((await repository.loadResultBundles([])).size).toBe(0);
    });

    it("leaves out another merchant's results in a merchant's scope, and only then", async () => {
      const repository = await create(seed());
      const ids = [RESULT_FULL_EN, RESULT_OTHER_MERCHANT];
      const scoped = await repository.loadResultBundles(ids, { merchantId: MERCHANT_ACME });
      expect([...scoped.keys()]).toEqual([RESULT_FULL_EN]);
      const unscoped = await repository.loadResultBundles(ids);
      expect([...unscoped.keys()].sort()).toEqual([...ids].sort());
      expect(unscoped.get(RESULT_OTHER_MERCHANT)?.result.merchant_id).not.toBe(MERCHANT_ACME);
    });

    it('hands out copies: changing a loaded bundle changes nothing stored', async () => {
      const repository = await create(seed());
      const first = (await repository.loadResultBundles([RESULT_FULL_EN])).get(
        RESULT_FULL_EN,
      ) as ResultBundle;
      first.result.score = -1;
      first.turns.length = 0;
      first.candidate.name = 'Changed';
      const again = (await repository.loadResultBundles([RESULT_FULL_EN])).get(RESULT_FULL_EN);
      expect(inSequence(again)).toEqual(inSequence(seeded(RESULT_FULL_EN)));
    });

    it('records a stored PDF on a result (id in any case), leaving the rest of the bundle as it was', async () => {
      const repository = await create(seed());
      expect(await repository.recordPdfExport(RESULT_JA.toUpperCase(), MERCHANT_ACME, RECORD)).toBe(
        'recorded',
      );
      const bundle = (await repository.loadResultBundles([RESULT_JA])).get(RESULT_JA) as ResultBundle;
      expect(bundle.result).toMatchObject(RECORD);
      const expected = seeded(RESULT_JA);
      expect(inSequence(bundle)).toEqual(
        inSequence({ ...expected, result: { ...expected.result, ...RECORD } }),
      );
    });

    it('refuses to record a PDF on a result that does not exist, and does not create it', async () => {
      const repository = await create(seed());
      await expect(repository.recordPdfExport(RESULT_UNKNOWN, MERCHANT_ACME, RECORD)).rejects.toBeInstanceOf(
        ResultGoneError,
      );
      expect((await repository.loadResultBundles([RESULT_UNKNOWN])).size).toBe(0);
    });

    it("never records over a newer report, nor onto another merchant's result", async () => {
      const repository = await create(seed());
      expect(await repository.recordPdfExport(RESULT_JA, MERCHANT_ACME, RECORD)).toBe('recorded');
      const older = {
        ...RECORD,
        pdf_export_url: 'https://older.example.test/r.pdf',
        pdf_export_version: '2026-11-29T00:00:00.000Z',
      };
      expect(await repository.recordPdfExport(RESULT_JA, MERCHANT_ACME, older)).toBe('superseded');
      await expect(
        repository.recordPdfExport(RESULT_OTHER_MERCHANT, MERCHANT_ACME, RECORD),
      ).rejects.toBeInstanceOf(ResultGoneError);
      const bundle = (await repository.loadResultBundles([RESULT_JA])).get(RESULT_JA) as ResultBundle;
      expect(bundle.result.pdf_export_url).toBe(RECORD.pdf_export_url);
    });
  });
}
