/**
 * Where a page's source can be edited and a translation problem reported: the repository the
 * content lives in, configured once. `ERRATA_REPOSITORY` (a CI sets it from the repository it
 * runs in), else package.json's `errata.repository` or `repository`. No repository, no links.
 * GitHub only: the edit and new-issue URLs are GitHub's.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { SiteRepository } from '../page-data/site-data.ts';

interface PackageJson {
  repository?: string | { url?: string };
  errata?: { repository?: string; branch?: string; contentPath?: string };
}

export function repositoryLinks(
  projectRoot: string,
  contentDir: string,
  env = process.env,
): SiteRepository | undefined {
  let pkg: PackageJson = {};
  try {
    pkg = JSON.parse(readFileSync(`${projectRoot}/package.json`, 'utf8')) as PackageJson;
  } catch {
    // No package.json: only the environment can name the repository.
  }
  const declared =
    env.ERRATA_REPOSITORY ||
    pkg.errata?.repository ||
    (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url);
  const home = declared ? githubHome(declared) : undefined;
  if (!home) return undefined;
  const branch = env.ERRATA_REPOSITORY_BRANCH || pkg.errata?.branch || 'main';
  // The content folder's path in the repository: where it sits in this checkout, else the contract's `content`.
  const inside = relative(projectRoot, contentDir);
  const contentPath =
    pkg.errata?.contentPath ??
    (inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : 'content');
  return {
    edit: `${home}/edit/${encodeURIComponent(branch)}/${contentPath}/`,
    issues: `${home}/issues/new`,
    contentPath,
  };
}

/** `https://github.com/owner/repo`, from the forms package.json allows: a URL, `github:owner/repo`, `owner/repo`. */
export function githubHome(declared: string): string | undefined {
  const m =
    /^(?:git\+)?(?:https?:\/\/|git@|ssh:\/\/git@)?github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
      declared.trim(),
    ) ?? /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(declared.trim());
  return m ? `https://github.com/${m[1]}/${m[2]}` : undefined;
}
