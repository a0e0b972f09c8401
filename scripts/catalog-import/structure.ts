/**
 * Stage 2: rows of cells → items with a seq and a category.
 *
 * Rules for rows without a 序号 (anything else is an error):
 *  R1. Displaced row: an unnumbered row whose 二级事项 repeats the name of a
 *      numbered item is not an item; it is kept with that item (line 288
 *      repeats 15 单位参保证明查询打印 between 13 and 14). It takes no part in
 *      category or merged-cell inheritance.
 *  R2. Glued row: a row split off by source rule S3 (its 序号 was lost with the
 *      missing line break) gets the one seq missing between its numbered
 *      neighbours (line 1111 → 54, between 53 and 55).
 *  R3. Unnamed row: an unnumbered row with neither 序号 nor 二级事项 but with
 *      content gets the one seq missing between its numbered neighbours, and
 *      its title from `inferredTitles` in corrections.json (line 270 → 13).
 *  R4. Category (一级事项) cells are merged down: an empty cell belongs to the
 *      category named above. Rows before the first named category belong to it
 *      (the merged cell's text is vertically centred: 社会保险登记 is printed
 *      in item 3's row, so items 1–2 belong to it). Names lose layout spaces.
 */
import type { CategoryId } from '../../src/data/catalog-types'
import type { CorrectionsFile } from './corrections'
import { ImportError } from './errors'
import { SourceCell, SourceRow, squash } from './source'

export const CATEGORIES: ReadonlyArray<{ id: CategoryId; name: string }> = [
  { id: 'registration', name: '社会保险登记' },
  { id: 'info', name: '社会保险参保信息维护' },
  { id: 'contribution', name: '社会保险缴费申请' },
  { id: 'records', name: '社会保险参保缴费记录查询' },
  { id: 'pension', name: '养老保险服务' },
  { id: 'injury', name: '工伤保险服务' },
  { id: 'unemployment', name: '失业保险服务' },
  { id: 'annuity', name: '企业年金方案备案' },
  { id: 'card', name: '社会保障卡服务' },
]

export const EXPECTED_ITEMS = 78

export const TICK_LABELS = ['全社会', '特定群众', '主动', '依申请公开', '县级', '乡、村级'] as const

export interface Cell {
  /** Cell text: lines trimmed, empty lines dropped (titles and categories lose all whitespace). */
  text: string
  /** Line where the cell starts. */
  line: number
  /** Source line of each line of `text`. */
  lines: number[]
}

export type TextField = 'category' | 'title' | 'content' | 'basis' | 'deadline' | 'subject' | 'channels'
export const TEXT_FIELDS: TextField[] = ['category', 'title', 'content', 'basis', 'deadline', 'subject', 'channels']

export interface RowRecord {
  line: number
  endLine: number
  glued: boolean
  seq: number | null
  cells: Record<TextField, Cell>
  ticks: string[]
  tickLine: number
}

export interface ItemRecord extends RowRecord {
  seq: number
  categoryId: CategoryId
  /** seq of the item whose row prints the category name, when not this one. */
  categoryFrom: number | null
  titleInferred: boolean
  displaced: RowRecord[]
  /** Structural rules that applied to this item, for notes and the report. */
  events: string[]
}

function toCell(src: SourceCell, squashIt: boolean): Cell {
  const lines: number[] = []
  const texts: string[] = []
  src.text.split('\n').forEach((l, k) => {
    const t = l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
    if (t !== '') {
      texts.push(t)
      lines.push(src.line + k)
    }
  })
  if (lines.length === 0) lines.push(src.line)
  return { text: squashIt ? squash(texts.join('')) : texts.join('\n'), line: src.line, lines }
}

function toRecord(row: SourceRow): RowRecord {
  const c = row.cells
  const seqText = squash(c[0].text)
  let seq: number | null = null
  if (seqText !== '') {
    if (!/^\d+$/.test(seqText)) throw new ImportError(c[0].line, `序号 "${seqText}" is not a number`)
    seq = Number(seqText)
  }
  const ticks = c.slice(8, 14).map((t) => {
    const v = squash(t.text)
    if (v !== '' && v !== '√') throw new ImportError(t.line, `tick cell holds "${v}", expected √ or nothing`)
    return v
  })
  return {
    line: row.line,
    endLine: row.endLine,
    glued: row.glued,
    seq,
    cells: {
      category: toCell(c[1], true),
      title: toCell(c[2], true),
      content: toCell(c[3], false),
      basis: toCell(c[4], false),
      deadline: toCell(c[5], false),
      subject: toCell(c[6], false),
      channels: toCell(c[7], false),
    },
    ticks,
    tickLine: c[8].line,
  }
}

export function resolveRows(rows: SourceRow[], decisions: CorrectionsFile, correctionsPath: string): ItemRecord[] {
  const records = rows.map(toRecord)
  const bySeq = new Map<number, RowRecord>()
  const byTitle = new Map<string, RowRecord>()
  for (const r of records) {
    if (r.seq === null) continue
    const first = bySeq.get(r.seq)
    if (first) throw new ImportError(r.line, `duplicate 序号 ${r.seq} (already used by the row at line ${first.line})`)
    if (r.seq < 1 || r.seq > EXPECTED_ITEMS) throw new ImportError(r.line, `序号 ${r.seq} is outside 1–${EXPECTED_ITEMS}`)
    bySeq.set(r.seq, r)
    if (r.cells.title.text !== '') byTitle.set(r.cells.title.text, r)
  }

  const inferred = new Map(decisions.inferredTitles.map((t) => [t.seq, t]))
  const usedInferred = new Set<number>()
  const assigned = new Map<RowRecord, { seq: number; event: string; inferredTitle: boolean }>()
  const displacedInto = new Map<RowRecord, RowRecord[]>()

  records.forEach((r, index) => {
    if (r.seq !== null) return
    const title = r.cells.title.text
    const target = title !== '' ? byTitle.get(title) : undefined
    if (target && !r.glued) {
      displacedInto.set(target, [...(displacedInto.get(target) ?? []), r])
      return
    }
    const prev = [...records.slice(0, index)].reverse().find((x) => x.seq !== null)
    const next = records.slice(index + 1).find((x) => x.seq !== null)
    const explain =
      `(rules: a glued row, an unnamed row with content filling a one-number gap, or a row repeating a numbered item's name)`
    if (!r.glued && !(title === '' && r.cells.content.text !== '')) {
      throw new ImportError(r.line, `row has no 序号 and no rule explains it ${explain}`)
    }
    if (!prev || !next || next.seq !== (prev.seq as number) + 2) {
      throw new ImportError(
        r.line,
        `row has no 序号 and its neighbours (${prev ? `seq ${prev.seq} at line ${prev.line}` : 'none'} / ${
          next ? `seq ${next.seq} at line ${next.line}` : 'none'
        }) leave no single missing number for it`,
      )
    }
    const seq = (prev.seq as number) + 1
    if ([...assigned.values()].some((a) => a.seq === seq)) {
      throw new ImportError(r.line, `row has no 序号 and seq ${seq} was already given to another unnumbered row`)
    }
    if (title === '') {
      const t = inferred.get(seq)
      if (!t) {
        throw new ImportError(r.line, `row has no 序号 and no name; it fills seq ${seq} but ${correctionsPath} has no inferredTitles entry for seq ${seq}`)
      }
      usedInferred.add(seq)
      r.cells.title.text = t.title
      assigned.set(r, { seq, inferredTitle: true, event: `unnumbered, unnamed row at line ${r.line} fills the gap between ${prev.seq} and ${next.seq} (rule R3); title inferred: ${t.reason}` })
    } else {
      assigned.set(r, { seq, inferredTitle: false, event: `row at line ${r.line} is glued to the previous row without a blank line and lost its 序号 and 一级事项 cells; it fills the gap between ${prev.seq} and ${next.seq} (rules S3, R2)` })
    }
  })

  for (const t of decisions.inferredTitles) {
    if (!usedInferred.has(t.seq)) {
      throw new ImportError(null, `inferredTitles entry for seq ${t.seq} is unused: no unnamed row fills that number`, correctionsPath)
    }
  }

  const items: ItemRecord[] = []
  const displacedRows = new Set<RowRecord>()
  displacedInto.forEach((list) => list.forEach((d) => displacedRows.add(d)))
  for (const r of records) {
    if (displacedRows.has(r)) continue
    const a = assigned.get(r)
    const seq = r.seq ?? a?.seq
    if (seq === undefined) continue
    const displaced = displacedInto.get(r) ?? []
    const events = a ? [a.event] : []
    for (const d of displaced) {
      events.push(`unnumbered row at line ${d.line} repeats this item's name with other content; it is not an item and its facts are kept with this item (rule R1)`)
    }
    items.push({ ...r, seq, categoryId: 'registration', categoryFrom: null, titleInferred: a?.inferredTitle ?? false, displaced, events })
  }

  checkSequence(items, rows)
  resolveCategories(items)
  return items
}

function checkSequence(items: ItemRecord[], rows: SourceRow[]): void {
  const seqs = new Map(items.map((i) => [i.seq, i]))
  const lastLine = rows.length > 0 ? rows[rows.length - 1].endLine : 0
  const max = Math.max(0, ...seqs.keys())
  for (let s = 1; s <= EXPECTED_ITEMS; s++) {
    if (seqs.has(s)) continue
    if (s > max) {
      throw new ImportError(lastLine, `the source ends after 序号 ${max}; expected ${EXPECTED_ITEMS} items (truncated file?)`)
    }
    const before = seqs.get(s - 1)
    const after = seqs.get(s + 1)
    const where = before ? `after the row of 序号 ${s - 1} at line ${before.line}` : after ? `before the row of 序号 ${s + 1} at line ${after.line}` : 'anywhere'
    throw new ImportError(before?.endLine ?? after?.line ?? null, `序号 ${s} is missing (expected ${where})`)
  }
}

function resolveCategories(items: ItemRecord[]): void {
  const byName = new Map(CATEGORIES.map((c) => [c.name, c.id]))
  let current: { id: CategoryId; seq: number } | null = null
  const pending: ItemRecord[] = []
  for (const item of items) {
    const name = item.cells.category.text
    if (name !== '') {
      const id = byName.get(name)
      if (!id) throw new ImportError(item.cells.category.line, `unknown 一级事项 "${name}"`)
      current = { id, seq: item.seq }
      item.categoryId = id
      for (const p of pending) {
        p.categoryId = id
        p.categoryFrom = item.seq
        p.events.push(`Category: the merged 一级事项 cell prints its name in item ${item.seq}'s row (vertically centred), so this item belongs to ${id} (rule R4)`)
      }
      pending.length = 0
    } else if (current) {
      item.categoryId = current.id
      item.categoryFrom = current.seq
    } else {
      pending.push(item)
    }
  }
  if (pending.length > 0) throw new ImportError(pending[0].line, 'no 一级事项 (category) is named anywhere for this row')

  // Categories must come in the fixed order, each in one contiguous run.
  const order = CATEGORIES.map((c) => c.id)
  let last = -1
  for (const item of [...items].sort((a, b) => a.seq - b.seq)) {
    const k = order.indexOf(item.categoryId)
    if (k < last) {
      throw new ImportError(item.line, `item ${item.seq} belongs to ${item.categoryId}, which comes before ${order[last]} in the catalog order`)
    }
    last = k
  }
  for (const c of CATEGORIES) {
    if (!items.some((i) => i.categoryId === c.id)) throw new ImportError(null, `category ${c.id} (${c.name}) has no items`)
  }
}
