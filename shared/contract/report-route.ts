/**
 * The one route of the contract (`paths` of shared/contract/openapi.yaml), for the CDK API, the local
 * gateway and the tests alike, so a renamed route cannot leave one of them serving the old path.
 */
export const REPORT_ROUTE = { method: 'POST', path: '/job-interview-pdf' } as const;

/** API Gateway's route key, e.g. `POST /job-interview-pdf`. */
export const REPORT_ROUTE_KEY = `${REPORT_ROUTE.method} ${REPORT_ROUTE.path}` as const;
