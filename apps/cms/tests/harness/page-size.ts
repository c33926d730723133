import { publicCollections, type CollectionContract } from '@masthead/client/contract';

/** The largest page the public contract lets a test ask of `/api/<collection>` (every item of the sample fits). */
export function maxPageSize(collection: string): number {
  const contract = (publicCollections as Record<string, CollectionContract | undefined>)[collection];
  if (!contract) throw new Error(`${collection} is not a public collection`);
  return contract.maxPageSize;
}
