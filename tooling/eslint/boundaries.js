import { defineConfig } from 'eslint/config';

/*
 * The layout's boundaries (DEVELOPERS.md) as lint errors. No two of them may set one rule for the same files: ESLint
 * would keep the later block's options and drop the earlier one's (the two that use no-restricted-imports apply in
 * different packages; __tests__/boundaries.test.ts would catch one lost).
 * Test code (`__tests__/`, `tests/`) is outside every boundary: it sets up the environment and the clients that the
 * code under test must not reach for itself.
 */

const TESTS = ['**/__tests__/**'];

const restrictProcessEnv = ({ files, ignores, message }) =>
  defineConfig({
    files,
    ignores: [...ignores, ...TESTS],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message }],
      'no-restricted-syntax': [
        'error',
        { selector: "ImportDeclaration[source.value=/^(node:)?process$/] > ImportSpecifier[imported.name='env']", message },
        {
          selector: "MemberExpression[object.name='globalThis'][property.name='process']",
          message: `Use the process global, not globalThis.process. ${message}`,
        },
      ],
    },
  });

/**
 * Only `envFile` reads `process.env`: every variable is validated once there (zod) and read as `env.NAME`
 * everywhere else, so a missing or malformed variable fails the start, not a request.
 */
export const processEnvOnlyIn = ({ files, envFile }) =>
  restrictProcessEnv({
    files,
    ignores: [envFile],
    message: `Read the environment through ${envFile} (validated there, once); add the variable to its schema.`,
  });

/** A library reads no environment at all: whoever uses it passes the value as an option. */
export const noProcessEnv = ({ files }) =>
  restrictProcessEnv({ files, ignores: [], message: 'A library reads no environment: take the value as an option.' });

/** The clients of the CMS that only `src/lib/cms` may make: the site reads the CMS through it alone. */
const CMS_CLIENT_FACTORIES = [
  { name: '@masthead/client', importNames: ['createClient'] },
  { name: '@masthead/client/preview', importNames: ['createPreviewSessions'] },
];

/** Everything the website asks of the CMS goes through `libCms` (its reads are tagged and cached there). */
export const cmsReadOnlyThroughLibCms = ({ files, libCms }) =>
  defineConfig({
    files,
    ignores: [`${libCms}/**`, ...TESTS],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: CMS_CLIENT_FACTORIES.map(({ name, importNames }) => ({
            name,
            importNames,
            message: `Only ${libCms} talks to the CMS: import what you need from @/lib/cms (add a function there).`,
          })),
        },
      ],
    },
  });

/**
 * HTTP middlewares run on every request; start-up code (`bootstrap/`) runs once and writes the database. A
 * middleware that imports from it couples each request to start-up wiring: share the constant from the feature's
 * own module instead.
 */
export const noStartupCodeInMiddlewares = ({ files }) =>
  defineConfig({
    files,
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)bootstrap(/|$)',
              message: 'Middlewares do not import start-up code (src/bootstrap/): move what both need to the feature it belongs to.',
            },
          ],
        },
      ],
    },
  });
