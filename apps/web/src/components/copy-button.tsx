'use client';

import { useState } from 'react';

/** Writes the text, and where given its HTML (which keeps italics in a word processor), to the clipboard. */
async function copy(text: string, html: string | undefined) {
  if (html !== undefined && typeof ClipboardItem !== 'undefined') {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    });
    await navigator.clipboard.write([item]);
    return;
  }
  await navigator.clipboard.writeText(text);
}

/** The one piece of client JavaScript on an article page: copy a citation to the clipboard. */
export function CopyButton({ text, html, label }: { text: string; html?: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="copy-button"
      aria-label={`Copy ${label} citation`}
      onClick={async () => {
        await copy(text, html);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
