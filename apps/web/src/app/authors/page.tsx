import type { Metadata } from 'next';
import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';
import { listAuthors, mediaUrl } from '@/lib/cms';
import { mastheadOrder } from '@/lib/masthead-order';

export const revalidate = 300;
export const metadata: Metadata = {
  title: 'Staff',
  description: 'The staff who report, edit and photograph the paper, in masthead order.',
  alternates: { canonical: sitePaths.authors },
};

export default async function AuthorsPage() {
  const authors = mastheadOrder(await listAuthors());
  return (
    <section>
      <header className="list-header">
        <p className="eyebrow">Masthead</p>
        <h1>Our staff</h1>
      </header>
      <ul className="people">
        {authors.map((author) => (
          <li key={author.slug} className="person">
            {author.avatar ? (
              // eslint-disable-next-line @next/next/no-img-element -- small portrait, CMS rendition
              <img src={mediaUrl(author.avatar.formats?.thumbnail ?? author.avatar)} alt="" width={72} height={72} loading="lazy" />
            ) : null}
            <div>
              <Link href={sitePaths.author(author.slug)} className="person-name">
                {author.name}
              </Link>
              {author.role ? (
                <p className="meta">
                  {author.role}
                  {author.classYear ? ` · Class of ${author.classYear}` : ''}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
