import type { Figure as FigureValue, Image } from '@masthead/client';
import { mediaUrl } from '@/lib/cms';

/** `srcset` from the renditions Strapi generated, widest last, plus the original. */
function srcSet(image: Image): string {
  const candidates: Array<{ url: string; width: number }> = [];
  for (const candidate of [...Object.values(image.formats ?? {}), image]) {
    if (candidate?.width) candidates.push({ url: candidate.url, width: candidate.width });
  }
  return candidates
    .sort((a, b) => a.width - b.width)
    .map((candidate) => `${mediaUrl(candidate)} ${candidate.width}w`)
    .join(', ');
}

export function Figure({
  figure,
  sizes,
  priority = false,
  showCaption = true,
  className,
}: {
  figure: FigureValue;
  sizes: string;
  priority?: boolean;
  showCaption?: boolean;
  className?: string;
}) {
  const { image } = figure;
  return (
    <figure className={className}>
      {/* eslint-disable-next-line @next/next/no-img-element -- plain img with srcset: no client JS, CMS renditions */}
      <img
        src={mediaUrl(image)}
        srcSet={srcSet(image)}
        sizes={sizes}
        alt={figure.alt}
        width={image.width ?? undefined}
        height={image.height ?? undefined}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
      />
      {showCaption && (figure.caption || figure.credit) ? (
        <figcaption>
          {figure.caption && figure.credit ? `${figure.caption} ` : figure.caption}
          {figure.credit ? <span className="figure-credit">{figure.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
