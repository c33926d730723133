import type { BylineWithAvatar } from '@masthead/client';
import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';
import { mediaUrl } from '@/lib/cms';

/** At the end of an article: who wrote it — portrait, name and role, bio — and the way to their other stories. */
export function AuthorBox({ authors }: { authors: BylineWithAvatar[] }) {
  if (authors.length === 0) return null;
  return (
    <section className="author-box" aria-labelledby="author-box-title">
      <h2 id="author-box-title" className="label">
        {authors.length === 1 ? 'About the author' : 'About the authors'}
      </h2>
      {authors.map((author) => (
        <div key={author.slug} className="author-box-person">
          {author.avatar ? (
            // eslint-disable-next-line @next/next/no-img-element -- a small CMS rendition; the name beside it says who
            <img src={mediaUrl(author.avatar.formats?.thumbnail ?? author.avatar)} alt="" width={64} height={64} loading="lazy" />
          ) : null}
          <div>
            <p className="author-box-name">
              <strong>{author.name}</strong>
              {author.role ? <span className="author-box-role">{`, ${author.role}`}</span> : null}
            </p>
            {author.bio ? <p className="author-box-bio">{author.bio}</p> : null}
            <p className="meta">
              <Link href={sitePaths.author(author.slug)} rel="author">{`More by ${author.name} →`}</Link>
            </p>
          </div>
        </div>
      ))}
    </section>
  );
}
