import type { Publication } from '@masthead/client';
import { safeHref } from './blocks';

/** The school or organisation the publication belongs to, linked to its website when that is a safe address. */
export function ParentOrganization({ publication }: { publication: Pick<Publication, 'parentOrganization' | 'parentOrganizationUrl'> }) {
  const { parentOrganization: name, parentOrganizationUrl: url } = publication;
  if (!name) return null;
  return url && safeHref(url) ? (
    <a href={url} rel="noopener noreferrer">
      {name}
    </a>
  ) : (
    <>{name}</>
  );
}
