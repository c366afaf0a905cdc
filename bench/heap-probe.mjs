// Loaded with --import into a benchmarked server: answers {heap} after a full GC on request.
process.on('message', (message) => {
  if (message !== 'heap') return;
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  process.send?.({ heap: process.memoryUsage().heapUsed });
});
