import { publicationIcon } from '@/lib/icon';

/** The phone home-screen icon, from the same image as the tab's (lib/icon.ts). */
export const revalidate = 300;
export const size = { width: 180, height: 180 };
export const contentType = 'image/png';

export default function AppleIcon() {
  return publicationIcon(size.width);
}
