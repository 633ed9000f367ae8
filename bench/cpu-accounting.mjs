// CPU time spent by each process taking part in a run, read from Linux's /proc: where a click's
// time goes when the server, PostgreSQL and the load generator share the machine's cores.
// Elsewhere (no /proc) every reading is null and the benches print "n/a".
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const TICKS_PER_SECOND = 100; // USER_HZ: Linux reports utime and stime in 1/100 s on every platform it runs on

/**
 * utime + stime of one process in microseconds, or null when it cannot be read; with
 * `withEndedChildren`, plus those of its children that have ended (cutime + cstime).
 */
function processCpuMicros(pid, withEndedChildren = false) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const ticks = fields[11] + fields[12] + (withEndedChildren ? fields[13] + fields[14] : 0);
    return (ticks * 1_000_000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * Every local PostgreSQL process (backends, WAL writer, checkpointer...), summed, plus what its
 * ended processes spent: a backend or autovacuum worker that exits mid-run moves its time into
 * the postmaster's children's time, so the sum never drops.
 */
function postgresCpuMicros() {
  let total = null;
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue; // the process ended while we looked
    }
    const micros = processCpuMicros(entry, true);
    if (micros !== null) total = (total ?? 0) + micros;
  }
  return total;
}

/** This process: the load generator (autocannon runs in the bench's own process). */
function loadGeneratorCpuMicros() {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * Runs `run()` and returns its result with the CPU microseconds per request spent by the server
 * (`serverPid`), PostgreSQL and the load generator; `requests(result)` counts what was sent.
 */
export async function withCpuPerRequest(serverPid, run, requests) {
  const before = readings(serverPid);
  const result = await run();
  const after = readings(serverPid);
  const count = requests(result);
  const perRequest = (name) =>
    before[name] === null || after[name] === null || count === 0
      ? null
      : (after[name] - before[name]) / count;
  return {
    result,
    cpu: {
      server: perRequest('server'),
      postgres: perRequest('postgres'),
      loadGenerator: perRequest('loadGenerator'),
    },
  };
}

function readings(serverPid) {
  return {
    server: processCpuMicros(serverPid),
    postgres: postgresCpuMicros(),
    loadGenerator: loadGeneratorCpuMicros(),
  };
}

/**
 * The most requests a second the machine's cores could serve if every one cost what this run's
 * requests cost in all three processes together: the ceiling that no amount of waiting less can
 * lift, only spending less CPU per request.
 */
export function cpuCeilingPerSecond({ server, postgres, loadGenerator }) {
  if (server === null || loadGenerator === null) return null;
  const perRequest = server + (postgres ?? 0) + loadGenerator;
  return perRequest > 0 ? (availableParallelism() * 1_000_000) / perRequest : null;
}

/** "123 µs" or "n/a". */
export function micros(value) {
  return value === null ? 'n/a' : `${Math.round(value)} µs`;
}
