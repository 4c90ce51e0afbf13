// The local runtime's settings, read from the same variables local-api and ./run-local.sh use.

/** The x-api-key (the built apps carry local-dev-key unless they were built with another). */
export const API_KEY = process.env.GMP_API_KEY ?? 'local-dev-key';

/** The demo accounts an empty data directory is seeded with. */
export const ADMIN = { loginId: 'admin', password: process.env.GMP_ADMIN_PASSWORD ?? 'admin1234!' };
export const WORKER1 = { loginId: 'worker1', password: 'worker1234!' };
