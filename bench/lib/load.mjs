// Load through autocannon with exact latency percentiles (its own summary has no p95).
import autocannon from 'autocannon';

const round = (ms) => Math.round(10 * ms) / 10;

/** Runs autocannon with `options` (duration in seconds required) and keeps every response's latency. */
export function loadWithLatencies(options) {
  const latencies = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => {
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      const at = (q) => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
      resolve({
        requests: result.requests.total,
        rps: result.requests.total / options.duration,
        p50: at(0.5),
        p95: at(0.95),
        p99: at(0.99),
        max: round(latencies[latencies.length - 1]),
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}
