/** Child-process entry: builds the share of the site its parent sends. */
import { buildShare } from './build-share.ts';
import { serveRequest } from '../../process/child-process.ts';

serveRequest(buildShare);
