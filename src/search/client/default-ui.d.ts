/** @pagefind/default-ui ships without types; the part errata uses. */
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
    triggerSearch(term: string): void;
    destroy(): void;
  }
}
