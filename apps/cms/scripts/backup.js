#!/usr/bin/env node
// `npm run backup -- [file]`: boots the CMS without its HTTP server, sample seed or scheduler, on the database
// apps/cms/.env names, and writes its content and uploads into one archive (see src/backup).
const { launch } = require('./backup-launch');

launch('runBackupCli');
