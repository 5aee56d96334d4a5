/**
 * Code, commands and identifiers read left to right even in right-to-left articles
 * (ar-SA): without `dir="ltr"` a bidi algorithm reorders `Get-Mailbox -Identity <x>`.
 * An inline element with `dir` is also isolated, so the code cannot reorder the text around it.
 */
import type { Root } from 'hast';
import { SKIP, visitElements } from './hast-walk.ts';

export function rehypeLtrCode() {
  return (tree: Root) => {
    visitElements(tree, (element) => {
      if (element.tagName !== 'pre' && element.tagName !== 'code') return undefined;
      element.properties.dir = 'ltr';
      // The code inside a block is left to right already.
      return SKIP;
    });
  };
}
