// Loaded with --import into a benchmarked server (BENCH_API_NODE_OPTIONS="--import ./bench/cpu-profile.mjs"):
// profiles the CPU while the file named by BENCH_PROFILE exists, then writes <BENCH_PROFILE>-<n>.cpuprofile.
import { existsSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

const file = process.env.BENCH_PROFILE;
if (file) {
  const session = new Session();
  session.connect();
  let running = false;
  let n = 0;
  const timer = setInterval(async () => {
    const present = existsSync(file);
    if (present && !running) {
      running = true;
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 100 });
      await session.post('Profiler.start');
    } else if (!present && running) {
      running = false;
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(`${file}-${++n}.cpuprofile`, JSON.stringify(profile));
    }
  }, 100);
  timer.unref();
}
