/** Maps string offsets to 1-based line/column, for positions in diagnostics. */
import type { Position } from '../diagnostics/diagnostic.ts';

export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly firstLine: number;

  /** `firstLine` is the file line of offset 0 (a body starts after its front matter). */
  constructor(text: string, firstLine = 1) {
    this.firstLine = firstLine;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + this.firstLine, column: offset - this.starts[low]! + 1 };
  }
}
