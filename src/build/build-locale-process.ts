/** Child-process entry: builds the locales its parent sends, answers with the result. */
import { buildLocales, type LocaleBuildRequest } from './build-locale.ts';

process.once('message', (request: LocaleBuildRequest) => {
  buildLocales(request).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send!({ ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) }, () => process.exit(1)),
  );
});
