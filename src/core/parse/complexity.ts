/**
 * Rule `file-too-complex`: an article whose shape no real article has — lists or block
 * quotes nested hundreds deep, hundreds of thousands of lines, a table of tens of thousands
 * of rows — is refused before any renderer sees it. Markdown renderers recurse once per
 * nesting level and hold a whole table in memory, so such a file (2 KB is enough: `- `
 * written 1,000 times) ran a render process out of stack or heap and took the whole build
 * down with it. The limits are an order of magnitude above the largest values of the
 * corpus (all 35 archives, 102,476 articles: nesting 6, HTML nesting 3, 660 lines, a table of
 * 395 rows and 1,576 cells; `bench/survey-inputs.ts`), so no real article comes near them.
 *
 * One pass over the lines with `indexOf`, no parse: it runs on every file `errata check` reads.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';

export interface ComplexityLimits {
  nesting: number;
  htmlNesting: number;
  lines: number;
  tableRows: number;
  tableCells: number;
}

export const COMPLEXITY_LIMITS: Readonly<ComplexityLimits> = {
  /** Container depth of one line: block quotes, list markers and indentation (two columns a level). */
  nesting: 64,
  /**
   * Depth of raw HTML elements (`<div>` in `<div>`…): the renderer's HTML tree is walked
   * recursively too, and ~1,500 nested `<div>`s ran it out of stack.
   */
  htmlNesting: 256,
  lines: 20_000,
  /**
   * Rows of one table, and cells (pipes) of one table. A table costs the renderer ~10 KB of
   * heap a cell (100,000 cells: 1 GB, 8 s), so cells are held lower than lines.
   */
  tableRows: 2_000,
  tableCells: 20_000,
};

export interface Complexity {
  /** The deepest line's container depth, and that line (1-based within the text). */
  nesting: number;
  nestingLine: number;
  /** The deepest raw HTML nesting, and the line where it is reached. */
  htmlNesting: number;
  htmlNestingLine: number;
  lines: number;
  /** The longest table's rows and cells, and the line it starts on. */
  tableRows: number;
  tableCells: number;
  tableLine: number;
}

const FENCE = /^(`{3,}|~{3,})/;

/**
 * Elements whose start tags nest until their end tags. Void elements and those a sibling closes
 * (`p`, `li`, `td`, `tr`…) do not deepen the tree; `<MailboxName>`-style placeholders are text.
 */
const NESTING_ELEMENTS = new Set(
  (
    'div span a b i u s em strong small big sub sup code kbd samp var mark q cite abbr dfn font center ' +
    'blockquote ul ol dl table section article aside header footer nav main figure figcaption details summary pre label fieldset ' +
    'legend button form select object iframe video audio picture noscript template svg math ins del bdi bdo time data ruby strike tt'
  ).split(' '),
);

/** Code indentation inside a fence is free up to this many columns; only deeper indentation counts as nesting. */
const FREE_CODE_COLUMNS = 128;

/** Measures `text` (a whole file, or a body starting at file line `firstLine`). */
export function measureComplexity(text: string, firstLine = 1, limits: Partial<ComplexityLimits> = {}): Complexity {
  const stopAt = { ...COMPLEXITY_LIMITS, ...limits };
  const result: Complexity = {
    nesting: 0,
    nestingLine: firstLine,
    htmlNesting: 0,
    htmlNestingLine: firstLine,
    lines: 0,
    tableRows: 0,
    tableCells: 0,
    tableLine: firstLine,
  };
  let htmlDepth = 0;
  // The next `<` and `|` at or after the current line: each found once, so the scan stays linear.
  let nextAngle = -2;
  let nextPipe = -2;
  let fence: string | undefined;
  let table: { rows: number; cells: number; line: number } | undefined;
  let previousPipes = false;
  let lineStart = 0;
  let line = firstLine - 1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    line++;
    result.lines++;
    const prefix = containerPrefix(text, lineStart, lineEnd);
    const first = text.charCodeAt(prefix.end);
    const fenceMark =
      first === 96 || first === 126 /* ` ~ */
        ? FENCE.exec(text.slice(prefix.end, Math.min(lineEnd, prefix.end + 64)))?.[1]
        : undefined;
    // This scan's idea of a fence is looser than CommonMark's (an indented ``` is code, not a
    // fence), so nothing is exempt inside one — else such a line would hide what follows it.
    // Code lines are only let off their indentation, up to FREE_CODE_COLUMNS.
    const depth = fence ? prefix.markers + (Math.max(0, prefix.columns - FREE_CODE_COLUMNS) >> 1) : prefix.depth;
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
    } else if (fenceMark) {
      fence = fenceMark;
    }
    if (depth > result.nesting) {
      result.nesting = depth;
      result.nestingLine = line;
      // Once over a limit the file is refused: measuring further would only cost time.
      if (result.nesting > stopAt.nesting) return result;
    }
    if (nextAngle !== -1 && nextAngle < lineStart) nextAngle = text.indexOf('<', lineStart);
    if (nextAngle !== -1 && nextAngle < lineEnd) {
      let deepest: number;
      [htmlDepth, deepest, nextAngle] = htmlNesting(text, nextAngle, lineEnd, htmlDepth);
      if (deepest > result.htmlNesting) {
        result.htmlNesting = deepest;
        result.htmlNestingLine = line;
        if (result.htmlNesting > stopAt.htmlNesting) return result;
      }
    }
    {
      if (nextPipe !== -1 && nextPipe < prefix.end) nextPipe = text.indexOf('|', prefix.end);
      let pipes = 0;
      for (; nextPipe !== -1 && nextPipe < lineEnd; nextPipe = text.indexOf('|', nextPipe + 1)) pipes++;
      // A GFM table runs to the first blank line: its rows need no pipes once it has begun.
      // The prefix took every space and tab: a line it ends is blank (in its container).
      const blank = prefix.end >= lineEnd;
      if ((table && !blank) || (pipes > 0 && previousPipes && isDelimiterRow(text, prefix.end, lineEnd))) {
        table ??= { rows: 1, cells: 0, line: line - 1 };
        table.rows++;
        table.cells += pipes;
        if (table.rows > result.tableRows || table.cells > result.tableCells) {
          result.tableRows = Math.max(result.tableRows, table.rows);
          result.tableCells = Math.max(result.tableCells, table.cells);
          result.tableLine = table.line;
          if (result.tableRows > stopAt.tableRows || result.tableCells > stopAt.tableCells) return result;
        }
      } else {
        table = undefined;
      }
      previousPipes = pipes > 0;
    }
    if (result.lines > stopAt.lines) return result;
    lineStart = lineEnd + 1;
  }
  return result;
}

/** The `file-too-complex` diagnostic for `text`, at the line where a limit is passed; undefined when within them. */
export function tooComplex(file: string, text: string, firstLine = 1): Diagnostic | undefined {
  const c = measureComplexity(text, firstLine);
  const L = COMPLEXITY_LIMITS;
  const count = (n: number) => n.toLocaleString('en');
  if (c.nesting > L.nesting)
    return diagnostic({ file, line: c.nestingLine, column: 1 }, 'file-too-complex', 'nesting', { limit: L.nesting });
  if (c.htmlNesting > L.htmlNesting)
    return diagnostic({ file, line: c.htmlNestingLine, column: 1 }, 'file-too-complex', 'htmlNesting', {
      limit: L.htmlNesting,
    });
  if (c.tableRows > L.tableRows || c.tableCells > L.tableCells) {
    const limit = c.tableRows > L.tableRows ? `${count(L.tableRows)} rows` : `${count(L.tableCells)} cells`;
    return diagnostic({ file, line: c.tableLine, column: 1 }, 'file-too-complex', 'table', { limit });
  }
  if (c.lines > L.lines)
    return diagnostic({ file, line: firstLine + L.lines, column: 1 }, 'file-too-complex', 'lines', {
      limit: count(L.lines),
    });
  return undefined;
}

/**
 * How deep a line sits in containers: each `>` and each list marker (`-`, `*`, `+`, `1.`,
 * `1)`) at its start is a level, and so are every two columns of indentation, since a list
 * nested by indentation alone gains a level per two spaces. Over-counts a little on purpose
 * (`- - -` is a rule, not three lists); the limit leaves room for that.
 */
function containerPrefix(
  text: string,
  from: number,
  to: number,
): { depth: number; markers: number; columns: number; end: number } {
  let markers = 0;
  let columns = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      columns++;
      i++;
    } else if (c === 9) {
      columns += 4 - (columns % 4);
      i++;
    } else if (c === 62 /* > */) {
      markers++;
      i = skipMarkerSpace(text, i + 1, to);
    } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isSpaceOrEnd(text.charCodeAt(i + 1), i + 1, to)) {
      markers++;
      i = skipMarkerSpace(text, i + 1, to);
    } else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < to && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const after = text.charCodeAt(j);
      if ((after === 46 || after === 41) /* . ) */ && isSpaceOrEnd(text.charCodeAt(j + 1), j + 1, to)) {
        markers++;
        i = skipMarkerSpace(text, j + 1, to);
      } else break;
    } else break;
  }
  return { depth: markers + (columns >> 1), markers, columns, end: i };
}

/** The spaces after a marker belong to it (its content starts after them), not to indentation. */
function skipMarkerSpace(text: string, i: number, to: number): number {
  const start = i;
  while (i < to && i - start < 4 && text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * Raw HTML depth over one line (from its first `<`): after it, at its deepest, and the next `<`
 * after the line. Start tags of nesting elements deepen it, their end tags make it shallower.
 */
function htmlNesting(
  text: string,
  first: number,
  to: number,
  depth: number,
): [after: number, deepest: number, nextAngle: number] {
  let deepest = depth;
  let i = first;
  for (; i !== -1 && i < to; i = text.indexOf('<', i + 1)) {
    const closing = text.charCodeAt(i + 1) === 47; /* / */
    let j = closing ? i + 2 : i + 1;
    const start = j;
    while (j < to && isNameChar(text.charCodeAt(j))) j++;
    if (j === start || j - start > 12) continue;
    const name = text.slice(start, j).toLowerCase();
    if (!NESTING_ELEMENTS.has(name)) continue;
    if (closing) {
      if (depth > 0) depth--;
      continue;
    }
    const close = text.indexOf('>', j);
    if (close !== -1 && close < to && text.charCodeAt(close - 1) === 47 /* / */) continue;
    if (++depth > deepest) deepest = depth;
  }
  return [depth, deepest, i];
}

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function isSpaceOrEnd(code: number, at: number, to: number): boolean {
  return at >= to || code === 32 || code === 9;
}

/** `| --- | :-: |`, the line that makes the one above it a table header. Split, not one regex: no backtracking on long lines. */
function isDelimiterRow(text: string, from: number, to: number): boolean {
  let row = text.slice(from, to).trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|')) row = row.slice(0, -1);
  return row.split('|').every((cell) => /^:?-+:?$/.test(cell.trim()));
}
