#!/usr/bin/env node
// `npm run restore -- [--force] <file>`: loads a backup into the database apps/cms/.env names (see src/backup).
const { launch } = require('./backup-launch');

launch('runRestoreCli');
