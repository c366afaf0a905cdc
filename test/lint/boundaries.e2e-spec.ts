import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

// The lint rules that keep the libs' boundaries, run as `npm run lint` runs them, on code given as if
// it were a file at the named path.
const ESLINT = join(process.cwd(), 'node_modules/eslint/bin/eslint.js');

function lint(path: string, code: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [ESLINT, '--stdin', '--stdin-filename', path, '--format', 'stylish'], { input: code, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the boundaries between libs, enforced by npm run lint', () => {
  it('refuses a deep import into a lib, and a relative path across libs', () => {
    const deep = lint('libs/forum/src/thread/example.ts', "import { PracticeEntity } from '@app/practices/src/practice/practice.entity.js';\n");
    expect(deep.status).toBe(1);
    expect(deep.output).toContain('Importa una lib solo da @app/<lib>');
    const relative = lint('libs/forum/src/thread/example.ts', "import { x } from '../../../practices/src/practice/x.js';\n");
    expect(relative.status).toBe(1);
    expect(relative.output).toContain('non attraversa i confini di una lib');
  });

  it('refuses an upstream lib importing a downstream one, and a lib importing an app', () => {
    const upward = lint('libs/members/src/member/example.ts', "import { ThreadEntity } from '@app/forum';\n");
    expect(upward.status).toBe(1);
    expect(upward.output).toContain('@app/members sta sotto @app/forum');
    const app = lint('libs/testing/src/example.ts', "import { AppModule } from '../../../apps/api/src/app.module.js';\n");
    expect(app.status).toBe(1);
    expect(app.output).toContain('Le lib non importano le app');
  });

  it('accepts a downstream lib importing an upstream one through @app/<lib>', () => {
    const downward = lint('libs/forum/src/thread/example.ts', "import { PracticeEntity } from '@app/practices';\nexport const entity = PracticeEntity;\n");
    expect(downward.output).toBe('');
    expect(downward.status).toBe(0);
  });

  it('refuses a client page importing another page', () => {
    const page = lint('apps/web/src/pages/Example.tsx', "import { CATEGORIES } from './Home';\nexport const c = CATEGORIES;\n");
    expect(page.status).toBe(1);
    expect(page.output).toContain('Una pagina non importa un’altra pagina');
  });
});

describe('the web client, enforced by npm run lint', () => {
  it('imports the server only for the shared socket event types', () => {
    const server = lint('apps/web/src/lib/example.ts', "import { ThreadService } from '../../../../libs/forum/src/thread/thread.service';\nexport const s = ThreadService;\n");
    expect(server.status).toBe(1);
    expect(server.output).toContain('Il client non importa il codice del server');
    const shared = lint('apps/web/src/lib/example.ts', "import type { ServerToClientEvents } from '../../../../libs/notifications/src/realtime/socket-events';\nexport type E = ServerToClientEvents;\n");
    expect(shared.output).toBe('');
  });
});
