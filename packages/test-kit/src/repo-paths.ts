import { createRequire } from 'node:module';
import path from 'node:path';

/** The repository's root: this file runs from packages/test-kit/dist (built) or packages/test-kit/src. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CMS_DIR = path.join(REPO_ROOT, 'apps', 'cms');
export const WEB_DIR = path.join(REPO_ROOT, 'apps', 'web');
/** The CMS's own `strapi` binary (the package's exports hide its path, so it is taken from node_modules). */
export const STRAPI_BIN = path.join(REPO_ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
/** The website's own `next` binary. */
export const NEXT_BIN = createRequire(path.join(WEB_DIR, 'package.json')).resolve('next/dist/bin/next');
