/**
 * Stage 3: merged cells of the source table.
 *
 *  M-A. A row that discloses ticks (any √) but leaves some of 公开内容,
 *       公开依据, 公开时限, 公开主体 or 公开渠道 empty sits inside a vertically
 *       merged cell: each empty one is resolved to the nearest item above, in
 *       the same category, that has the cell, provided every item in between
 *       also has ticks and the cell empty (a merged cell spans contiguous rows).
 *       Displaced rows (rule R1) are not items and are skipped, so 13–14 take
 *       their disclosure from 12.
 *  M-B. A row without ticks is in a merged block only when it lies strictly
 *       inside one (the item below it takes the same cell from an item above
 *       it); then it also takes that item's ticks. Rows without ticks outside
 *       any block (25, 30, 72, 73) disclose nothing there: those are gaps.
 */
import type { ItemRecord, TextField } from './structure'

export type MergeField = Exclude<TextField, 'category' | 'title'> | 'ticks'
export const MERGE_FIELDS: Array<Exclude<MergeField, 'ticks'>> = ['content', 'basis', 'deadline', 'subject', 'channels']

export interface Resolved {
  /** Effective text per field ('' when undisclosed). */
  text: Record<Exclude<MergeField, 'ticks'>, string>
  ticks: string[]
  /** Where each inherited field came from (seq of the holder). */
  from: Partial<Record<MergeField, number>>
}

const hasTicks = (i: ItemRecord): boolean => i.ticks.some((t) => t === '√')

export function resolveMerged(itemsInSourceOrder: ItemRecord[]): Map<number, Resolved> {
  const items = itemsInSourceOrder
  const out = new Map<number, Resolved>()
  for (const item of items) {
    const text = {} as Resolved['text']
    for (const f of MERGE_FIELDS) text[f] = item.cells[f].text
    out.set(item.seq, { text, ticks: [...item.ticks], from: {} })
  }

  // M-A
  items.forEach((item, k) => {
    if (!hasTicks(item)) return
    const r = out.get(item.seq) as Resolved
    for (const f of MERGE_FIELDS) {
      if (item.cells[f].text !== '') continue
      let j = k - 1
      while (j >= 0 && items[j].categoryId === item.categoryId && items[j].cells[f].text === '' && hasTicks(items[j])) j--
      if (j < 0 || items[j].categoryId !== item.categoryId || items[j].cells[f].text === '') continue
      r.text[f] = items[j].cells[f].text
      r.from[f] = items[j].seq
    }
  })

  // M-B (bottom-up so that a run of tick-less rows inside a block resolves)
  for (let k = items.length - 2; k >= 0; k--) {
    const item = items[k]
    if (hasTicks(item)) continue
    const below = out.get(items[k + 1].seq) as Resolved
    const r = out.get(item.seq) as Resolved
    for (const f of MERGE_FIELDS) {
      const holder = below.from[f]
      if (holder === undefined || item.cells[f].text !== '') continue
      const holderIndex = items.findIndex((x) => x.seq === holder)
      if (holderIndex >= k || items[k + 1].categoryId !== item.categoryId) continue
      r.text[f] = below.text[f]
      r.from[f] = holder
      const holderItem = items[holderIndex]
      if (r.from.ticks === undefined && hasTicks(holderItem)) {
        r.ticks = [...holderItem.ticks]
        r.from.ticks = holder
      }
    }
  }
  return out
}
