import { publicationIcon } from '@/lib/icon';

/** The browser tab's icon, from the icon editors set in the CMS (lib/icon.ts); rebuilt when the settings change. */
export const revalidate = 300;
export const size = { width: 48, height: 48 };
export const contentType = 'image/png';

export default function Icon() {
  return publicationIcon(size.width);
}
