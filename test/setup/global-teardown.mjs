export default async function globalTeardown() {
  const pg = globalThis.__HUB_EMBEDDED_PG__;
  if (pg) await pg.stop();
}
