import Link from 'next/link';
import { Fragment } from 'react';
import { sitePaths } from '@masthead/client/site-paths';

type Person = { name: string; slug: string; role: string | null };

/** "By Ada Quill, Staff Writer, and Ben Ortiz": each name links to the author's page. */
export function Byline({ authors, withRoles = false }: { authors: Person[]; withRoles?: boolean }) {
  if (authors.length === 0) return null;
  return (
    <span className="byline">
      By{' '}
      {authors.map((author, index) => (
        <Fragment key={author.slug}>
          {index > 0 ? (index === authors.length - 1 ? ' and ' : ', ') : null}
          <Link href={sitePaths.author(author.slug)} rel="author">
            {author.name}
          </Link>
          {withRoles && author.role ? <span className="byline-role">, {author.role}</span> : null}
        </Fragment>
      ))}
    </span>
  );
}
