'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/**
 * A navigation link that says when the reader is on its page or under it (`aria-current="page"`): a section's
 * pages and articles listed in it are its own, so /sections/news/page/2 marks News.
 */
export function NavLink({ href, children }: { href: string; children: string }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
