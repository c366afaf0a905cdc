// Data of the benchmarks, written with set-based SQL (generate_series), never through the API.
import { execSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { log, ROOT } from '../scripts/lib/harness.mjs';

/** The thread page: 20 posts with authors, administrations, useful counts, mentions and linked practices. */
export const THREAD_PAGE_QUERY = `query ThreadPage($id: ID!) {
  thread(id: $id) {
    id title tags status pinned createdAt lastActivityAt postCount
    category { id slug name }
    author { id handle displayName jobTitle administration { id name region } }
    practices { note linkedAt practice { id slug title } linkedBy { id displayName } }
    posts(first: 20) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id bodyHtml createdAt editedAt version usefulCount viewerFoundUseful
        replyTo { id }
        mentions { id handle }
        author { id handle displayName jobTitle administration { id name region } }
      }
    }
  }
}`;

const THEMES = ['CITIZEN_SERVICES', 'BUSINESS_SERVICES', 'PROCESS_INNOVATION', 'PUBLIC_CONNECTIVITY', 'PUBLIC_INFORMATION_ASSETS', 'INTEROPERABILITY'];

async function administrations(db) {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM administration');
  if (rows[0].n < 8) {
    await db.query(
      `INSERT INTO administration ("ipaCode", "name", "kind", "region", "country")
       SELECT 'bench_' || i, 'Comune di Prova ' || i, 'MUNICIPALITY', (ARRAY['CAMPANIA','PUGLIA','SICILIA','CALABRIA','LAZIO'])[1 + i % 5], 'IT'
       FROM generate_series(1, 8) i`,
    );
  }
  return (await db.query('SELECT id FROM administration ORDER BY id')).rows.map((r) => r.id);
}

async function practices(db, adminIds, n, prefix, textSql) {
  await db.query(
    `INSERT INTO practice ("slug", "title", "summary", "description", "descriptionHtml", "themes", "offeringAdministrationId", "year", "tags", "status")
     SELECT '${prefix}-' || i, t.title, t.summary, t.description, '<p>' || t.description || '</p>',
            ARRAY[($2::text[])[1 + i % 6]], ($1::uuid[])[1 + i % cardinality($1::uuid[])], 2007 + i % 7, ARRAY['bench'], 'PUBLISHED'
     FROM generate_series(1, ${n}) i, LATERAL (${textSql}) t`,
    [adminIds, THEMES],
  );
}

/** Four threads of 5, 20, 50 and 100 posts, with marks of the viewer, mentions, replies and two linked practices. */
export async function seedPage(db, people, firstThreadId) {
  const adminIds = await administrations(db);
  const ids = people.members.map((m) => m.id);
  await db.query(
    `UPDATE member m SET "administrationId" = ($1::uuid[])[1 + (x.n % cardinality($1::uuid[]))], "jobTitle" = 'Funzionario ' || x.n
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM member) x WHERE x.id = m.id`,
    [adminIds],
  );
  await practices(db, adminIds, 4, 'pratica-pagina', `SELECT 'Sportello unico digitale ' || i AS title, 'Sintesi della pratica ' || i AS summary, 'Descrizione della pratica ' || i AS description`);
  const practiceIds = (await db.query(`SELECT id FROM practice WHERE slug LIKE 'pratica-pagina-%' ORDER BY slug`)).rows.map((r) => r.id);
  const { rows: [{ categoryId }] } = await db.query(`SELECT "categoryId" FROM thread WHERE id = $1`, [firstThreadId]);
  const threads = {};
  for (const n of [5, 20, 50, 100]) {
    const { rows: [{ id }] } = await db.query(
      `INSERT INTO thread ("categoryId", "authorId", "title", "tags", "createdAt", "lastActivityAt")
       VALUES ($1, $2, $3, ARRAY['benchmark', 'pagina'], now() - interval '2 days', now()) RETURNING id`,
      [categoryId, ids[0], `Discussione di ${n} messaggi sul protocollo informatico`],
    );
    threads[n] = id;
    await db.query(
      `INSERT INTO post ("threadId", "authorId", "opening", "body", "bodyHtml", "mentionedIds", "usefulCount", "createdAt", "editedAt", "version")
       SELECT $1, ($2::uuid[])[1 + i % cardinality($2::uuid[])], i = 0,
              'Messaggio ' || i || ' @membro' || (i % 7) || ' sul **protocollo** informatico e la conservazione digitale dei documenti.',
              '<p>Messaggio ' || i || ' <a href="/membri/membro' || (i % 7) || '">@membro' || (i % 7) || '</a> sul <strong>protocollo</strong> informatico e la conservazione digitale dei documenti.</p>',
              CASE WHEN i % 3 = 1 THEN ARRAY[($2::uuid[])[1 + i % 7]] ELSE '{}' END,
              i % 4, now() - interval '1 day' + i * interval '1 minute',
              CASE WHEN i % 5 = 2 THEN now() END, CASE WHEN i % 5 = 2 THEN 2 ELSE 1 END
       FROM generate_series(0, $3 - 1) i`,
      [id, ids, n],
    );
    // replies to the previous post now and then, and the marks behind usefulCount (the viewer is member 1)
    await db.query(
      `UPDATE post p SET "replyToId" = prev.id
       FROM (SELECT id, lag(id) OVER (ORDER BY "createdAt") AS prevId, row_number() OVER (ORDER BY "createdAt") AS k FROM post WHERE "threadId" = $1) x
       JOIN post prev ON prev.id = x.prevId
       WHERE p.id = x.id AND x.k % 4 = 0`,
      [id],
    );
    await db.query(
      `INSERT INTO useful_mark ("postId", "memberId")
       SELECT p.id, ($2::uuid[])[1 + j] FROM post p, generate_series(1, 3) j WHERE p."threadId" = $1 AND j <= p."usefulCount"`,
      [id, ids],
    );
    await db.query(
      `INSERT INTO thread_practice_link ("threadId", "practiceId", "note", "linkedById", "linkedAt")
       SELECT $1, pid, 'Esperienza collegata ' || k, $3, now() - k * interval '1 hour'
       FROM unnest($2::uuid[]) WITH ORDINALITY AS x(pid, k) WHERE k <= 2`,
      [id, practiceIds, ids[2]],
    );
  }
  await db.query('ANALYZE');
  log(`thread page data: threads of 5, 20, 50, 100 posts`);
  return { threads };
}

const WORDS = `comune regione provincia servizio cittadino impresa sportello pratica documento procedura ufficio
  dirigente funzionario progetto bando finanziamento rete piattaforma archivio anagrafe tributi bilancio contratto
  appalto formazione competenze innovazione processo modulo istanza portale accesso identità firma posta fattura
  pagamento interoperabilità cooperazione dati catalogo scuola sanità trasporto ambiente territorio turismo cultura
  biblioteca museo urbanistica edilizia permesso licenza autorizzazione controllo verifica ispezione registro
  elenco graduatoria concorso personale organizzazione riorganizzazione semplificazione trasparenza partecipazione
  consultazione assemblea consiglio giunta delibera determina ordinanza decreto regolamento statuto convenzione
  accordo protocollo intesa partenariato gemellaggio`.split(/\s+/).filter(Boolean);

/**
 * 100k posts in 1,000 threads and 10k practices (BENCH_QUICK: 20k and 2k). Terms: "zanzariera"
 * in 1 post of 10,000 (rare), "ornitologia" in 1 of 100 (mid), "digitale" in 1 of 8 (common, 12.5 %).
 */
export async function seedSearch(db, people, quick) {
  const posts = quick ? 20_000 : 100_000;
  const nPractices = quick ? 2_000 : 10_000;
  const threads = posts / 100;
  const t0 = Date.now();
  const adminIds = await administrations(db);
  const ids = people.members.map((m) => m.id);
  const { rows: [{ id: categoryId }] } = await db.query(`SELECT id FROM category WHERE slug = 'generale'`);
  const words = `(ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}])`;
  const filler = (seed, n) =>
    Array.from({ length: n }, (_, k) => `${words}[1 + ((${seed}) * ${k * 7 + 3} + ${k * 13}) % ${WORDS.length}]`).join(` || ' ' || `);
  await db.query('ALTER TABLE post DISABLE TRIGGER "TRG_post_thread_search"');
  const { rows: threadRows } = await db.query(
    `INSERT INTO thread ("categoryId", "authorId", "title", "createdAt", "lastActivityAt")
     SELECT $1, ($2::uuid[])[1 + i % cardinality($2::uuid[])], 'Discussione ' || i || ' su ' || ${filler('i', 4)},
            now() - interval '400 days' + i * interval '9 hours', now() - interval '400 days' + i * interval '9 hours'
     FROM generate_series(1, ${threads}) i RETURNING id`,
    [categoryId, ids],
  );
  await db.query(
    `INSERT INTO post ("threadId", "authorId", "opening", "body", "bodyHtml", "createdAt")
     SELECT ($1::uuid[])[1 + i % cardinality($1::uuid[])], ($2::uuid[])[1 + i % cardinality($2::uuid[])], false, b.body, '<p>' || b.body || '</p>',
            now() - interval '400 days' + i * interval '5 minutes'
     FROM generate_series(1, ${posts}) i,
     LATERAL (SELECT 'Nel nostro ' || ${filler('i', 12)}
                || CASE WHEN i % 10000 = 7 THEN ' abbiamo provato la zanzariera' ELSE '' END
                || CASE WHEN i % 100 = 3 THEN ' con un progetto di ornitologia' ELSE '' END
                || CASE WHEN i % 8 = 1 THEN ' per il servizio digitale' ELSE '' END
                || ' e ' || ${filler('i + 17', 10)} || '.' AS body) b`,
    [threadRows.map((r) => r.id), ids],
  );
  await db.query('ALTER TABLE post ENABLE TRIGGER "TRG_post_thread_search"');
  await db.query(`UPDATE thread SET "searchVector" = thread_search_vector("title", "id") WHERE id = ANY($1::uuid[])`, [threadRows.map((r) => r.id)]);
  await practices(
    db,
    adminIds,
    nPractices,
    'pratica-ricerca',
    `SELECT 'Pratica ' || i || ' di ' || ${filler('i', 3)} AS title, 'Sintesi: ' || ${filler('i + 5', 8)} AS summary,
            'Descrizione: ' || ${filler('i + 9', 30)} || CASE WHEN i % 1000 = 11 THEN ' zanzariera' ELSE '' END
              || CASE WHEN i % 8 = 2 THEN ' servizio digitale' ELSE '' END AS description`,
  );
  await db.query('VACUUM ANALYZE');
  log(`search data: ${posts} posts in ${threads} threads, ${nPractices} practices in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const file = (name) => execSync(`find ${ROOT}dist -path '*${name}' | head -1`).toString().trim();
  const { searchPage, SEARCH_RANKED_CANDIDATES } = await import(pathToFileURL(file('libs/search/src/search.queries.js')).href);
  const { ViewerContext } = await import(pathToFileURL(file('libs/core/src/auth/viewer.js')).href);
  const { parseTextQuery } = await import(pathToFileURL(file('libs/practices/src/practice/practice-search.js')).href);
  const ALL = ['THREAD', 'POST', 'PRACTICE', 'MEMBER'];
  const viewerId = people.members[1].id;
  const params = (term) => ({ parsed: parseTextQuery(term) });
  // The API's queries take TypeORM's query(): the rows themselves. The search service runs its
  // statements as named prepared statements (prepared() of libs/core), and so does this.
  const { statementName } = await import(pathToFileURL(file('libs/core/src/database/prepared.js')).href);
  const rowsOf = { query: async (sql, values) => (await db.query({ name: statementName(sql), text: sql, values })).rows };
  const direct = {
    /**
     * The search SQL as the service runs it (first page of 20, by relevance): the bench terms have
     * no synonyms and find enough exactly, so the exact tsquery is the service's.
     */
    search: (term) =>
      searchPage(
        rowsOf,
        { viewer: ViewerContext.member(viewerId, 'MEMBER', 'ACTIVE'), query: { tsquery: params(term).parsed.tsquery, exact: null, segments: null }, kinds: ALL, candidates: SEARCH_RANKED_CANDIDATES },
        { order: 'RELEVANCE', after: null, limit: 21 },
      ),
    /** EXPLAIN (ANALYZE, BUFFERS) of the search's page statement (BENCH_VERBOSE). */
    explain: async (term) => {
      let plan = '';
      const explaining = {
        query: async (sql, values) => {
          if (!sql.includes('WITH q AS')) return rowsOf.query(sql, values);
          plan = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values)).rows.map((r) => r['QUERY PLAN']).join('\n');
          return [];
        },
      };
      await searchPage(
        explaining,
        { viewer: ViewerContext.member(viewerId, 'MEMBER', 'ACTIVE'), query: { tsquery: params(term).parsed.tsquery, exact: null, segments: null }, kinds: ALL, candidates: SEARCH_RANKED_CANDIDATES },
        { order: 'RELEVANCE', after: null, limit: 21 },
      );
      return plan;
    },
    /** Naive ranked query: every matching post ranked, then the top 20. */
    naive: (term) =>
      db.query(
        `SELECT p.id, ts_rank(p."searchVector", q) AS score, ts_headline('italian_unaccent', p.body, q) AS snippet
         FROM post p JOIN thread t ON t.id = p."threadId", to_tsquery('italian_unaccent', $1) q
         WHERE p."searchVector" @@ q AND NOT p.hidden AND NOT t.hidden ORDER BY score DESC LIMIT 20`,
        [params(term).parsed.tsquery],
      ),
    /** The post branch newest first, the text match fenced in a materialised CTE (no backwards createdAt scan). */
    newest: (term) =>
      db.query(
        `WITH m AS MATERIALIZED (SELECT p.id, p."threadId", p."createdAt", p.hidden FROM post p WHERE p."searchVector" @@ to_tsquery('italian_unaccent', $1))
         SELECT m.id, m."createdAt" FROM m JOIN thread t ON t.id = m."threadId" WHERE NOT m.hidden AND NOT t.hidden
         ORDER BY m."createdAt" DESC, m.id DESC LIMIT 20`,
        [params(term).parsed.tsquery],
      ),
    newestUnfenced: (term) =>
      db.query(
        `SELECT p.id, p."createdAt" FROM post p JOIN thread t ON t.id = p."threadId"
         WHERE p."searchVector" @@ to_tsquery('italian_unaccent', $1) AND NOT p.hidden AND NOT t.hidden
         ORDER BY p."createdAt" DESC, p.id DESC LIMIT 20`,
        [params(term).parsed.tsquery],
      ),
  };
  return { terms: { rare: 'zanzariera', mid: 'ornitologia', common: 'digitale' }, commonShare: '12.5 % of posts', direct };
}

/**
 * The reply benchmark: `writers` members who reply, 5 threads (each opened by one of them, who
 * watches it) and `watchers` members watching every thread, so that each reply writes a
 * notification row per watcher. Returns the writers' ids and the threads.
 */
export async function seedWrites(db, writers, watchers) {
  const { rows: [{ id: categoryId }] } = await db.query(`SELECT id FROM category WHERE slug = 'generale'`);
  const { rows: members } = await db.query(
    `INSERT INTO member ("email", "handle", "displayName", "position", "passwordHash")
     SELECT 'scrittore.' || i || '@example.it', 'scrittore.' || i, 'Scrittore ' || i, 'OFFICIAL', 'x'
     FROM generate_series(1, $1::int) i RETURNING id`,
    [writers + watchers],
  );
  const ids = members.map((m) => m.id);
  const threads = [];
  for (let i = 0; i < 5; i++) {
    const { rows: [{ id }] } = await db.query(
      `INSERT INTO thread ("categoryId", "authorId", "title") VALUES ($1, $2, $3) RETURNING id`,
      [categoryId, ids[i], `Discussione delle risposte concorrenti ${i + 1}`],
    );
    await db.query(`INSERT INTO post ("threadId", "authorId", "body", "bodyHtml", "opening") VALUES ($1, $2, 'Apriamo.', '<p>Apriamo.</p>', true)`, [id, ids[i]]);
    threads.push(id);
  }
  await db.query(
    `INSERT INTO follow ("memberId", "targetType", "targetId", "level")
     SELECT m, 'THREAD', t::text, 'WATCHING' FROM unnest($1::uuid[]) m, unnest($2::uuid[]) t
     UNION SELECT a, 'THREAD', t::text, 'WATCHING' FROM unnest($3::uuid[], $2::uuid[]) AS x(a, t)
     ON CONFLICT DO NOTHING`,
    [ids.slice(writers), threads, ids.slice(0, 5)],
  );
  await db.query('ANALYZE');
  log(`reply data: ${writers} writers, ${watchers} watchers of each of 5 threads`);
  return { writerIds: ids.slice(0, writers), threads };
}
