import type { Core, Modules } from '@strapi/strapi';
import { assertReadyToPublish } from './assert-ready-to-publish';
import { checkAfterWrite, publishes } from '../document-middlewares/writes';
import { UID } from '../uids';

/**
 * Refuses to publish an article that is not ready (see `publishProblems`), however it is published: the admin's
 * Publish button, a create or update with `status: 'published'`, the scheduler or an issue's release. The check
 * reads the draft as written, inside the write's transaction, so a refused publish leaves nothing behind.
 */
export function articlePublishCheck(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID.article || !publishes(context)) return next();
    return checkAfterWrite(strapi, context, next, (documentId) => assertReadyToPublish(strapi, documentId));
  };
}
