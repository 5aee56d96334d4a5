/**
 * The environment of the child processes that run Astro (the build's layout, dev's layout).
 * Astro's bundler (Rolldown) allocates through mimalloc, which by default commits its arenas
 * eagerly and returns freed pages late. Measured on a share of ~7,300 pages: peak RSS 965 MB
 * → 790 MB, with no measurable change in time. Pagefind's service allocates through jemalloc
 * instead; its setting is made where the service starts (search/index/pagefind-index.ts).
 */
export const ASTRO_MEMORY = { MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DELAY: '0' };

/**
 * For the build's processes whose own allocations go through glibc's malloc (check, render
 * shares, layout): glibc gives each thread that allocates an arena of its own (up to 8 a core)
 * and keeps freed memory in them. Two arenas, trimmed above 128 KB: on the five-locale corpus
 * (cold, two runs each, alternating) the build's peak went 918–925 → 849–894 MB and the check's
 * process 621–638 → 559–601 MB, at the same time. Not for the search: it indexes on threads.
 */
export const FEW_ARENAS = { MALLOC_ARENA_MAX: '2', MALLOC_TRIM_THRESHOLD_: '131072' };
