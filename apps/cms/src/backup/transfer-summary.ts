import type { engine } from '@strapi/data-transfer';

type EngineResults = engine.ITransferResults<engine.ISourceProvider, engine.IDestinationProvider>['engine'];

export interface TransferSummary {
  /** Documents' rows (drafts and published versions), media records, roles and the like. */
  entries: number;
  /** Upload files, each image format counted. */
  files: number;
  bytes: number;
}

/** What an operator wants to read after a backup or restore, from the engine's per-stage progress. */
export function summarize(results: EngineResults | undefined): TransferSummary {
  return {
    entries: results?.entities?.count ?? 0,
    files: results?.assets?.count ?? 0,
    bytes: results?.assets?.bytes ?? 0,
  };
}
