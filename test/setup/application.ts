// Gives libs/testing the application to boot: libs never import apps.
import { useApplicationUnderTest } from '@app/testing';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/configure-app.js';

useApplicationUnderTest({ module: (config, options) => AppModule.forRoot(config, options), configure: configureApp });
