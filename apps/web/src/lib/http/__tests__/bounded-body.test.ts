import { BodyTooLargeError, readBoundedText } from '../bounded-body';

/** A streamed body of `chunks` chunks of `size` bytes, counting how many bytes the reader pulled. */
function streamedRequest(chunks: number, size: number, headers: Record<string, string> = {}) {
  const pulled = { bytes: 0 };
  let sent = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent === chunks) return controller.close();
        sent += 1;
        pulled.bytes += size;
        controller.enqueue(new Uint8Array(size).fill(0x61));
      },
    },
    { highWaterMark: 0 },
  ); // pulled only when read, so the count is what the reader asked for
  const request = new Request('http://site.test/api/revalidate', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { request, pulled };
}

describe('readBoundedText', () => {
  it('reads a body within the limit whole', async () => {
    const { request } = streamedRequest(4, 1000);
    expect(await readBoundedText(request, 4000)).toBe('a'.repeat(4000));
  });

  it('refuses a declared Content-Length over the limit without reading a byte', async () => {
    const { request, pulled } = streamedRequest(1000, 50_000, { 'content-length': String(50_000_000) });
    await expect(readBoundedText(request, 256 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled.bytes).toBe(0);
  });

  it('refuses a Content-Length that is not a number', async () => {
    const { request } = streamedRequest(1, 10, { 'content-length': '1e9' });
    await expect(readBoundedText(request, 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('stops reading a body without a length as soon as it passes the limit', async () => {
    const { request, pulled } = streamedRequest(1000, 50_000);
    await expect(readBoundedText(request, 256 * 1024)).rejects.toThrow('larger than 262144 bytes');
    // The limit and the chunk that crossed it, give or take the stream's own read-ahead: never the 50 MB sent.
    expect(pulled.bytes).toBeLessThan(256 * 1024 + 3 * 50_000);
  });

  it('reads an empty body as empty text', async () => {
    expect(await readBoundedText(new Request('http://site.test/', { method: 'POST' }), 10)).toBe('');
  });
});
