/** Text for the XML the site writes itself: the feeds (`feed.ts`) and the sitemap's URLs. */
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Every code point XML 1.0 forbids (its `Char` production): C0 controls but tab and newlines, lone surrogates
 * (the `u` flag makes an unpaired half its own code point), and U+FFFE/U+FFFF. No escape can carry them —
 * `&#xFFFE;` is just as ill-formed — so they are dropped.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe anywhere in XML content or a quoted attribute, whatever the CMS holds. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => XML_ESCAPES[char]);
}
