/** A command-line mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: errata <command> [options]
       errata --version | -v      print errata's version
       errata --help | -h         print this help

Commands:
  check            validate every article; report every problem in one run
  build            build the static site (default dist/)
  plan             split the locales into shards for separate builds (a CI matrix)
  merge            join the outputs of shard builds into one site
  import           copy a Microsoft-style localized docset into content/<locale>/
  status           translation status per article and locale
  recover-source   write missing source (en-us) articles from side-by-side translations
  new              write a new article that passes check (and register its code)
  dev              serve the site locally; pages update as you save
  handoff          write the articles a locale needs translated as XLIFF 2.1
  takeback         write the translations of an XLIFF file back into content/

Common options:
  --content DIR    the content directory (default: content)
  --locales a,b    only these locales (lower-case tags, as the folders are named)

Run "errata <command> --help" for a command's options.`;

export function splitList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError('--locales needs at least one locale, e.g. --locales zh-tw,ar-sa');
  return items;
}
