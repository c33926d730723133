/**
 * The time each API test may take. Jest's default 5 s is a unit test's; an API test talks HTTP to a booted CMS
 * on a real database, while the other database's suites share the machine's two cores, and one that reads every
 * sample document or restarts the CMS takes seconds by design. Timing is not what these tests check (benchmarks
 * in bench/ do); a test that hangs still fails, after this long. Tests that restart the CMS give themselves more
 * (RESTART_BUDGET_MS).
 */
jest.setTimeout(30_000);
