import { CITATION_STYLES, formatCitation, type CitableArticle } from '@/lib/citations';
import { CopyButton } from './copy-button';

/** "Cite this article" in APA, MLA, Chicago and BibTeX, each with a copy button. */
export function CiteThis({ article }: { article: CitableArticle }) {
  return (
    <section className="cite-this" aria-labelledby="cite-this-title">
      <h2 id="cite-this-title" className="label">
        Cite this article
      </h2>
      <dl>
        {CITATION_STYLES.map(({ style, label }) => {
          const text = formatCitation(article, style);
          return (
            <div key={style} className="citation">
              <dt>{label}</dt>
              <dd>
                {style === 'bibtex' ? <pre>{text}</pre> : <p>{text}</p>}
                <CopyButton text={text} label={label} />
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
