/**
 * Stage 1: turn the flattened source text into rows of cells.
 *
 * The source is a 14-column table exported to text. Structural rules (all of
 * them, anything else is an error):
 *
 *  S1. A line starting with a tab starts a new cell; the text after the tab is
 *      the cell's first line. Any other non-blank line continues the current cell.
 *  S2. A blank line (empty or ASCII spaces only; a lone tab is an empty cell) ends the current row when the next
 *      non-blank line starts a cell (or the file ends). A blank line followed by
 *      a continuation line is part of the current cell (items 9, 10 and 72 have
 *      blank lines inside their content cell). Lines of ideographic spaces
 *      (U+3000) are not blank: they are cell text (item 9) and are trimmed later.
 *  S3. A line starting with spaces and then a tab ("glued row", line 1111) while
 *      the current row already has all 14 cells starts a new row although no
 *      blank line separates them. Such a row lost its 序号 and 一级事项 cells and
 *      must have exactly 12 cells; two empty cells are put in front of it.
 *      (Anywhere else the leading spaces are ignored and the line starts a cell.)
 *  S4. Rows 1–3 are the title (1 cell) and the two header rows (10 and 14
 *      cells); their texts are checked. Every other row has exactly 14 cells.
 */
import { ImportError } from './errors'

export const COLUMN_COUNT = 14

export interface SourceCell {
  /** Cell text: its lines joined with "\n", exactly as in the file. */
  text: string
  /** 1-based line where the cell starts. */
  line: number
}

export interface SourceRow {
  /** 1-based line where the row starts. */
  line: number
  /** Last line that belongs to the row. */
  endLine: number
  cells: SourceCell[]
  /** True for a row split from the previous one by rule S3. */
  glued: boolean
}

export interface ParsedSource {
  title: string
  rows: SourceRow[]
  /** Lines of blank text kept inside a cell by rule S2. */
  blankLinesInCells: number[]
  /** Continuation lines holding only ideographic spaces (U+3000), trimmed away later. */
  ideographicSpaceLines: number[]
}

const HEADER_1 = ['序号', '公开事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级']
const HEADER_2 = ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群众', '主动', '依申请公开', '县级', '乡、村级']

const isBlank = (line: string): boolean => /^ *$/.test(line)
const startsCell = (line: string): boolean => /^ *\t/.test(line)

/** Remove all whitespace (layout spaces and line breaks inside names). */
export function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, '')
}

export function splitSource(text: string): ParsedSource {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  // A final newline yields one empty trailing element: not a line of the file.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()

  const rows: SourceRow[] = []
  const blankLinesInCells: number[] = []
  const ideographicSpaceLines: number[] = []
  const st: { row: SourceRow | null; cell: SourceCell | null } = { row: null, cell: null }

  const endRow = (): void => {
    if (st.row) rows.push(st.row)
    st.row = null
    st.cell = null
  }

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1
    const line = lines[i]
    if (isBlank(line)) {
      let next = i + 1
      while (next < lines.length && isBlank(lines[next])) next++
      if (next >= lines.length || startsCell(lines[next])) {
        endRow()
      } else if (st.cell && st.row) {
        st.cell.text += '\n'
        st.row.endLine = lineNo
        blankLinesInCells.push(lineNo)
      } else {
        throw new ImportError(next + 1, 'text outside any cell (a cell must start with a tab)')
      }
      continue
    }
    if (startsCell(line)) {
      const glued = /^ +\t/.test(line)
      if (st.row && glued && st.row.cells.length === COLUMN_COUNT) {
        endRow()
        st.row = { line: lineNo, endLine: lineNo, cells: [], glued: true }
      }
      if (!st.row) st.row = { line: lineNo, endLine: lineNo, cells: [], glued: false }
      st.cell = { text: line.replace(/^ *\t/, ''), line: lineNo }
      st.row.cells.push(st.cell)
      st.row.endLine = lineNo
      continue
    }
    if (!st.cell || !st.row) throw new ImportError(lineNo, 'text outside any cell (a cell must start with a tab)')
    if (/^[\s\u3000]+$/.test(line)) ideographicSpaceLines.push(lineNo)
    st.cell.text += '\n' + line
    st.row.endLine = lineNo
  }
  endRow()

  if (rows.length < 3) {
    throw new ImportError(lines.length, 'the source ends before the table header is complete (truncated file?)')
  }
  const [titleRow, h1, h2] = rows
  if (titleRow.cells.length !== 1) {
    throw new ImportError(titleRow.line, `title row has ${titleRow.cells.length} cells, expected 1`)
  }
  checkHeader(h1, HEADER_1)
  checkHeader(h2, HEADER_2)

  const body = rows.slice(3)
  body.forEach((r, index) => {
    const isLast = index === body.length - 1
    if (r.glued) {
      if (r.cells.length !== COLUMN_COUNT - 2) {
        throw new ImportError(
          r.line,
          `glued row (line starts with a space and a tab) has ${r.cells.length} cells, expected ${COLUMN_COUNT - 2} (序号 and 一级事项 missing)` +
            (isLast ? '; the source looks truncated' : ''),
        )
      }
      r.cells.unshift({ text: '', line: r.line }, { text: '', line: r.line })
    } else if (r.cells.length !== COLUMN_COUNT) {
      throw new ImportError(
        r.line,
        `row has ${r.cells.length} cells, expected ${COLUMN_COUNT}` +
          (isLast && r.cells.length < COLUMN_COUNT ? '; the source looks truncated' : ''),
      )
    }
  })

  return { title: squash(titleRow.cells[0].text), rows: body, blankLinesInCells, ideographicSpaceLines }
}

function checkHeader(row: SourceRow, expected: string[]): void {
  const got = row.cells.map((c) => squash(c.text))
  if (got.length !== expected.length || got.some((g, k) => g !== expected[k])) {
    throw new ImportError(row.line, `table header not recognised: got [${got.join('|')}], expected [${expected.join('|')}]`)
  }
}
