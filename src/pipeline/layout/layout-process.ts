/** Child-process entry: lays out the site once the shares have rendered it (layout-site.ts). */
import { serveRequest } from '../../process/child-process.ts';
import { layoutSite } from './layout-site.ts';

serveRequest(layoutSite);
