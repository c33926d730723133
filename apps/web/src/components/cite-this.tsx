import { CITATION_STYLES, citationParts, type CitableArticle, type CitationPart } from '@/lib/citations';
import { CopyButton } from './copy-button';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The citation as HTML for the clipboard, so a word processor keeps its italics. */
const asHtml = (parts: CitationPart[]) =>
  parts.map(({ text, italic }) => (italic ? `<i>${escapeHtml(text)}</i>` : escapeHtml(text))).join('');

/**
 * "Cite this article": one style at a time (APA first), chosen with radio buttons — plain HTML and CSS, no script —
 * each with its italics and a copy button. Print shows only the chosen style.
 */
export function CiteThis({ article }: { article: CitableArticle }) {
  return (
    <section className="cite-this" aria-labelledby="cite-this-title">
      <h2 id="cite-this-title" className="label">
        Cite this article
      </h2>
      <fieldset className="citation-styles">
        <legend>Style</legend>
        {CITATION_STYLES.map(({ style, label }, index) => (
          <label key={style}>
            <input type="radio" name="citation-style" value={style} defaultChecked={index === 0} />
            {label}
          </label>
        ))}
      </fieldset>
      {CITATION_STYLES.map(({ style, label }) => {
        const parts = citationParts(article, style);
        const text = parts.map((part) => part.text).join('');
        const runs = parts.map((part, index) => (part.italic ? <i key={index}>{part.text}</i> : part.text));
        return (
          <div key={style} className="citation" data-style={style}>
            {style === 'bibtex' ? <pre>{text}</pre> : <p>{runs}</p>}
            <CopyButton text={text} html={style === 'bibtex' ? undefined : asHtml(parts)} label={label} />
          </div>
        );
      })}
    </section>
  );
}
