import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@app/members';
import { runWithApplication } from '../cli/application-context.js';
import { seedDemoCommunity } from './seed-demo.js';
import { seedFilesOf } from './seed-files.js';

/** `npm run seed:demo`: loads the demo community into the configured database (embedded by default). */
runWithApplication('seed', async (app) => {
  await seedDemoCommunity(app.get(DataSource), app.get(PasswordHasher), (m) => process.stdout.write(`${m}\n`), seedFilesOf(app));
});
