/**
 * Encodes a query object the way Strapi's REST API parses it (the `qs` bracket syntax):
 * `{ filters: { slug: { $eq: 'a' } }, sort: ['title:asc'] }` → `filters[slug][$eq]=a&sort[0]=title:asc`.
 * Keys keep their order; `undefined` values are left out; brackets stay readable (Strapi accepts them unescaped).
 */
export type QueryValue = string | number | boolean | null | undefined | QueryValue[] | { [key: string]: QueryValue };

/**
 * @example encodeQuery({ filters: { slug: { $eq: 'night-buses' } } }) // 'filters[slug][$eq]=night-buses'
 */
export function encodeQuery(query: Record<string, QueryValue>): string {
  const pairs: string[] = [];
  const walk = (prefix: string, value: QueryValue): void => {
    if (value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(`${prefix}[${index}]`, item));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(`${prefix}[${key}]`, child);
    } else {
      pairs.push(`${encodeKey(prefix)}=${encodeURIComponent(value === null ? '' : String(value))}`);
    }
  };
  for (const [key, value] of Object.entries(query)) walk(key, value);
  return pairs.join('&');
}

/** Encodes everything but the brackets and `$`, which Strapi's parser expects literally and humans read easily. */
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%24/g, '$');
}
