import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { sitePaths } from '@masthead/client/site-paths';
import { NavLink } from '@/components/nav-link';
import { ParentOrganization } from '@/components/parent-organization';
import { env } from '@/env';
import { getPublication, listSections } from '@/lib/cms';
import { cssString } from '@/lib/format';
import { displayFace, textFace } from '@/lib/fonts';
import { previewState } from '@/lib/preview/session';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: env.PUBLICATION_NAME, template: `%s · ${env.PUBLICATION_NAME}` },
  description: env.PUBLICATION_TAGLINE,
  openGraph: { siteName: env.PUBLICATION_NAME, type: 'website' },
};

/** Every index of the site, from the footer of every page. */
const FOOTER_LINKS = [
  ['Every issue', sitePaths.volumes],
  ['Staff', sitePaths.authors],
  ['Sections', sitePaths.sections],
  ['Topics', sitePaths.tags],
  ['Sources', sitePaths.sources],
  ['Search', sitePaths.search],
  ['RSS feed', sitePaths.feed],
] as const;

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#faf8f3' },
    { media: '(prefers-color-scheme: dark)', color: '#15171a' },
  ],
};

/**
 * The section list for the navigation. When the CMS cannot be reached the layout still renders (without section
 * links), so the page's own error boundary can answer with a readable page instead of an empty document; the page
 * itself fails on its own read, so nothing incomplete is cached.
 */
async function navigationSections() {
  try {
    return await listSections();
  } catch (error) {
    console.error('The navigation could not read the sections from the CMS:', error);
    return [];
  }
}

/** The publication's settings for the footer, or `null` when the CMS cannot be reached (as for the sections). */
async function publicationSettings() {
  try {
    return await getPublication();
  } catch (error) {
    console.error('The footer could not read the publication settings from the CMS:', error);
    return null;
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [sections, publication] = await Promise.all([navigationSections(), publicationSettings()]);
  const preview = await previewState();
  return (
    <html lang="en" className={`${textFace.variable} ${displayFace.variable}`}>
      <body>
        {/* Feed readers and browsers find the feed from any page. Rendered here, not as metadata `alternates`, which a
            page's own `alternates` (its canonical URL) would replace; React places the link in the head. */}
        <link rel="alternate" type="application/rss+xml" href={sitePaths.feed} title={env.PUBLICATION_NAME} />
        {/* The running head of every printed page but the first, which has the nameplate (globals.css sets the rest
            of the page; the two rules stay together here, where the :first one follows the one it undoes). */}
        <style>{`@page { @top-left { content: ${cssString(env.PUBLICATION_NAME)}; font: 8pt/1 system-ui, sans-serif; color: #444; } } @page :first { @top-left { content: none; } }`}</style>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {preview.kind === 'live' ? (
          <p className="preview-banner" role="status">
            Preview: you are seeing drafts, as only editors can. <a href="/api/preview/exit">Leave the preview</a>
          </p>
        ) : null}
        {preview.kind === 'ended' ? (
          <p className="preview-banner" role="status">
            {`The preview has ended (${preview.reason}): you are seeing what readers see. Open the preview again from the admin, or `}
            <a href="/api/preview/exit">leave the preview</a>.
          </p>
        ) : null}
        <header className="site-header">
          <div className="masthead">
            <Link href={sitePaths.home} className="masthead-name">
              {env.PUBLICATION_NAME}
            </Link>
            <p className="masthead-tagline">{env.PUBLICATION_TAGLINE}</p>
          </div>
          <nav aria-label="Sections" className="section-nav">
            <ul>
              {sections.map((section) => (
                <li key={section.slug}>
                  <NavLink href={sitePaths.section(section.slug)}>{section.name}</NavLink>
                </li>
              ))}
              <li>
                <NavLink href={sitePaths.volumes}>Archive</NavLink>
              </li>
              <li>
                <NavLink href={sitePaths.search}>Search</NavLink>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <nav aria-label="Everything on the site">
            <ul className="footer-links">
              {FOOTER_LINKS.map(([label, href]) => (
                <li key={href}>
                  {/* The feed is not a page: a plain link, not client-side navigation. */}
                  {href === sitePaths.feed ? <a href={href}>{label}</a> : <Link href={href}>{label}</Link>}
                </li>
              ))}
            </ul>
          </nav>
          {publication?.about || publication?.contactEmail ? (
            <ul className="footer-links">
              {publication.about ? (
                <li>
                  <Link href={sitePaths.about}>About</Link>
                </li>
              ) : null}
              {publication.contactEmail ? (
                <li>
                  <a href={`mailto:${publication.contactEmail}`}>Contact the editors</a>
                </li>
              ) : null}
            </ul>
          ) : null}
          <p className="footer-note">
            {`${env.PUBLICATION_NAME} · `}
            {publication?.parentOrganization ? (
              <>
                <ParentOrganization publication={publication} />
                {' · '}
              </>
            ) : null}
            Published with Masthead.
          </p>
        </footer>
      </body>
    </html>
  );
}
