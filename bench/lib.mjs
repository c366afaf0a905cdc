// Measurement helpers of `npm run bench`: foreign CPU load, A/B rounds, fixed-rate load, percentiles.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { log } from '../scripts/lib/harness.mjs';

export const QUICK = process.env.BENCH_QUICK === '1';
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 2 : 3));
export const DURATION = Number(process.env.BENCH_DURATION ?? (QUICK ? 3 : 8));
/** Share of the machine's CPU busy while this benchmark is idle above which a round is discarded. */
const FOREIGN_LIMIT = Number(process.env.BENCH_FOREIGN_LOAD ?? 0.25);

function cpuTimes() {
  const [line] = readFileSync('/proc/stat', 'utf8').split('\n');
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = values[3] + (values[4] ?? 0);
  return { idle, total: values.reduce((a, b) => a + b, 0) };
}

/** Busy share of all CPUs over one second while our processes are idle: the load of others. */
export async function foreignLoad() {
  const a = cpuTimes();
  await sleep(1000);
  const b = cpuTimes();
  return 1 - (b.idle - a.idle) / Math.max(1, b.total - a.total);
}

export const loadNotes = [];

/** [pid, ppid, utime + stime in ms] of every process, from /proc. */
function processTimes() {
  const out = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The fields after the command name (which may hold spaces), from the state on: ppid is the 2nd, utime and stime the 12th and 13th.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push([Number(name), Number(fields[1]), (Number(fields[11]) + Number(fields[12])) * 10]);
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** The pid of the process listening as PostgreSQL on `port` (its postmaster). */
export function postmasterPid(port) {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (args[0].endsWith('/postgres') && args.includes('-p') && args[args.indexOf('-p') + 1] === String(port)) return Number(name);
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

/** CPU time (ms) used so far by each named process and its descendants: { name: ms }. */
export function processCpu(roots) {
  const all = processTimes();
  const result = {};
  for (const [label, root] of Object.entries(roots)) {
    const tree = new Set([root]);
    for (let grown = true; grown; ) {
      grown = false;
      for (const [pid, ppid] of all) if (tree.has(ppid) && !tree.has(pid)) grown = tree.add(pid) && true;
    }
    result[label] = all.filter(([pid]) => tree.has(pid)).reduce((sum, [, , ms]) => sum + ms, 0);
  }
  return result;
}

/** Waits (up to about 20 s) until the machine is quiet; says whether the round may count. */
export async function quiet(label) {
  let busy = 0;
  for (let i = 0; i < 4; i++) {
    busy = await foreignLoad();
    if (busy <= FOREIGN_LIMIT) {
      log(`${label}: foreign CPU ${(busy * 100).toFixed(0)} %, loadavg ${loadavg()[0].toFixed(2)}: round counts`);
      return true;
    }
    log(`${label}: foreign CPU ${(busy * 100).toFixed(0)} % (loadavg ${loadavg()[0].toFixed(2)}), waiting`);
    await sleep(4000);
  }
  loadNotes.push(`${label}: discarded, foreign CPU ${(busy * 100).toFixed(0)} %`);
  log(`${label}: foreign CPU still ${(busy * 100).toFixed(0)} %: round discarded`);
  return false;
}

export function median(values) {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Alternating rounds A, B, A, B... (B first on odd rounds), each after a foreign-load check;
 * returns per-metric medians of the counted rounds (all rounds when every one was discarded).
 */
export async function abRounds(label, a, b, rounds = ROUNDS) {
  const counted = { a: [], b: [] };
  const all = { a: [], b: [] };
  for (let r = 0; r < rounds; r++) {
    const ok = await quiet(`${label} round ${r + 1}/${rounds}`);
    const order = r % 2 ? [['b', b], ['a', a]] : [['a', a], ['b', b]];
    for (const [side, fn] of order) {
      const result = await fn();
      log(`${label} round ${r + 1} ${side === 'a' ? 'API' : 'baseline'}: ${Object.entries(result).map(([k, v]) => `${k} ${Number(v).toFixed(2)}`).join(', ')}`);
      all[side].push(result);
      if (ok) counted[side].push(result);
    }
  }
  const use = counted.a.length ? counted : all;
  const med = (side) => {
    const keys = Object.keys(use[side][0]);
    return Object.fromEntries(keys.map((k) => [k, median(use[side].map((x) => x[k]))]));
  };
  return { a: med('a'), b: med('b'), rounds: use.a.length, discarded: rounds - counted.a.length };
}

/** autocannon against a GraphQL-style POST endpoint; rate = fixed offered rate (req/s) or max. */
export async function cannon(url, { body, headers = {}, rate, connections = 10, duration = DURATION } = {}) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections,
    duration,
    ...(rate ? { overallRate: rate } : {}),
  });
  if (result.errors || result.non2xx) log(`warning: ${url}: ${result.errors} errors, ${result.non2xx} non-2xx`);
  return {
    rps: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/**
 * autocannon at a fixed rate around `during()`: after a second of warm-up, runs `during` and gives
 * the p50/p99 of the responses completed while it ran, with what `during` resolved to (numbers).
 */
export async function cannonDuring(url, { body, headers = {}, rate, connections = 10 }, during) {
  const samples = [];
  let errors = 0;
  let finish;
  const finished = new Promise((resolve, reject) => {
    finish = (err, result) => (err ? reject(err) : resolve(result));
  });
  const tracker = autocannon(
    { url, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, connections, duration: 3600, overallRate: rate },
    finish,
  );
  tracker.on('response', (_client, status, _bytes, ms) => {
    samples.push([performance.now(), ms]);
    if (status >= 300) errors++;
  });
  tracker.on('reqError', () => errors++);
  await sleep(1000);
  const start = performance.now();
  const extra = await during();
  const end = performance.now();
  tracker.stop();
  await finished;
  // `during` may say when the window opens (after its own set-up), as performance.now() time.
  const from = extra?.from ?? start;
  const window = samples.filter(([t]) => t >= from && t <= end).map(([, ms]) => ms);
  if (errors) log(`warning: ${url}: ${errors} errors or non-2xx`);
  return { p50: percentile(window, 50), p99: percentile(window, 99), requests: window.length, errors, ...extra };
}

/** Latencies (ms) of n sequential calls of fn after a few warm-up calls. */
export async function timeCalls(fn, n) {
  for (let i = 0; i < Math.min(10, n); i++) await fn(i);
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return { p50: percentile(out, 50), p95: percentile(out, 95), p99: percentile(out, 99) };
}
