/** Child-process entry: builds the locales its parent sends, answers with the result. */
import { buildShare, type ShareBuildRequest } from './build-share.ts';

process.once('message', (request: ShareBuildRequest) => {
  buildShare(request).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send!({ ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) }, () => process.exit(1)),
  );
});
