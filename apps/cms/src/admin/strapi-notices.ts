/**
 * Strapi's own onboarding — its guided tour (which opens over the article list and teaches the Content-Type
 * Builder) and its "new Media Library" announcement — is for people setting Strapi up, not for a newsroom. Strapi
 * has no setting for either; both read their state from localStorage when the admin first renders, so the admin's
 * `register` (which runs before that) records them as turned off and dismissed.
 */
const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';

/**
 * The banner's key ends with the Media Library flag and the instance's uuid: `undefined` until the admin's init
 * request answers, `false` after it when the project has no uuid (Masthead's package.json sets none).
 */
const MEDIA_LIBRARY_BANNER_KEYS = ['true', 'false'].flatMap((legacy) =>
  ['undefined', 'false'].map((uuid) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${uuid}`),
);

export function turnOffStrapiOnboarding(storage: Storage = window.localStorage): void {
  let tour: Record<string, unknown> = {};
  try {
    const stored: unknown = JSON.parse(storage.getItem(GUIDED_TOUR_KEY) ?? '{}');
    if (stored && typeof stored === 'object') tour = stored as Record<string, unknown>;
  } catch {
    // Unreadable state: Strapi would start its tour afresh; start from nothing, turned off.
  }
  storage.setItem(GUIDED_TOUR_KEY, JSON.stringify({ ...tour, enabled: false }));
  for (const key of MEDIA_LIBRARY_BANNER_KEYS) storage.setItem(key, 'true');
}
