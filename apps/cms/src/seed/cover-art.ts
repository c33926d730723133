import sharp from 'sharp';

/**
 * Generated artwork for the sample publication: an abstract composition in the given palette, deterministic for a
 * given seed string, so the sample looks designed without shipping photographs in the repository.
 */
export async function renderCoverArt(options: {
  seed: string;
  palette: [string, string];
  width: number;
  height: number;
  initials?: string;
}): Promise<Buffer> {
  const { width, height, palette, initials } = options;
  const random = seededRandom(options.seed);
  const shapes = Array.from({ length: 7 }, (_, index) => {
    const cx = Math.round(random() * width);
    const cy = Math.round(random() * height);
    const r = Math.round((0.12 + random() * 0.35) * Math.min(width, height));
    const colour = index % 2 === 0 ? palette[1] : '#ffffff';
    const opacity = (0.08 + random() * 0.22).toFixed(2);
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${colour}" fill-opacity="${opacity}"/>`;
  }).join('');
  const stripes = Array.from({ length: 4 }, (_, index) => {
    const y = Math.round(height * (0.55 + index * 0.08));
    return `<rect x="0" y="${y}" width="${width}" height="${Math.round(height * 0.012)}" fill="#ffffff" fill-opacity="0.18"/>`;
  }).join('');
  const monogram = initials
    ? `<text x="50%" y="54%" text-anchor="middle" dominant-baseline="middle" font-family="DejaVu Serif, serif" font-size="${Math.round(height * 0.38)}" fill="#ffffff" fill-opacity="0.92">${initials}</text>`
    : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${palette[0]}"/><stop offset="1" stop-color="${palette[1]}"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes}${stripes}${monogram}
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

/** Mulberry32 seeded from a string hash: same seed, same picture. */
function seededRandom(seed: string): () => number {
  let state = [...seed].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, 0x9e3779b9);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
