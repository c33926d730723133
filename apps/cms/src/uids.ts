/** Masthead's content types' UIDs, spelled once. */
export const UID = {
  article: 'api::article.article',
  issue: 'api::issue.issue',
  volume: 'api::volume.volume',
  author: 'api::author.author',
  source: 'api::source.source',
  section: 'api::section.section',
  tag: 'api::tag.tag',
  redirect: 'api::redirect.redirect',
  publication: 'api::publication.publication',
} as const;
