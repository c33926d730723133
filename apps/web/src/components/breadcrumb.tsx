import Link from 'next/link';

/** "Archive › Volume 19 › Issue 4": where the page sits; the last step is the page itself. */
export function Breadcrumb({ trail }: { trail: ReadonlyArray<{ label: string; href?: string }> }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {trail.map((step) => (
          <li key={step.label}>{step.href ? <Link href={step.href}>{step.label}</Link> : <span aria-current="page">{step.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
