/** Child-process entry: one locale's layout run for `errata dev` (dev-layout.ts). */
import { serveRequest } from '../process/child-process.ts';
import { devLayout } from './dev-layout.ts';

serveRequest(devLayout);
