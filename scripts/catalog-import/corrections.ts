/**
 * The reviewed corrections file (data/source/corrections.json). It holds every
 * editorial decision about the data, each with a reason:
 *  - `corrections`: text fixes (typos, damaged punctuation, a wrong phone
 *    number). Each names the items (seq), the field, the text as found and its
 *    replacement. Every occurrence in the field is replaced; a `from` that is
 *    not found in a listed item fails the import, so stale corrections surface.
 *  - `inferredTitles`: names for rows the source left unnamed (item 13).
 *  - `guideScopes`: for every content cell shared by several items, which of
 *    them the text was really written for.
 *  - `remarks`: oddities that were reviewed and deliberately left as disclosed.
 */
import type { AppliedCorrection } from '../../src/data/catalog-types'
import { ImportError } from './errors'

export const CORRECTABLE_FIELDS = ['category', 'title', 'content', 'basis', 'deadline', 'subject', 'channels'] as const
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number]

export interface TextCorrection {
  seq: number[]
  /** A field of the item's own row, or "displaced.<field>" for a displaced row merged into it. */
  field: string
  from: string
  to: string
  reason: string
}

export interface InferredTitle {
  seq: number
  title: string
  reason: string
}

export interface GuideScope {
  /** seq of the row that physically holds the shared content cell. */
  holder: number
  /** Items the text really describes (members of the block). */
  writtenFor: number[]
  reason: string
}

/** An oddity a reviewer looked at and decided to leave as disclosed. */
export interface Remark {
  seq: number[]
  note: string
}

export interface CorrectionsFile {
  corrections: TextCorrection[]
  inferredTitles: InferredTitle[]
  guideScopes: GuideScope[]
  remarks: Remark[]
}

export interface AppliedRecord extends AppliedCorrection {
  seq: number
  occurrences: number
}

const isSeq = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0
const isText = (s: unknown): s is string => typeof s === 'string' && s.trim() !== ''

export function parseCorrections(json: string, file: string): CorrectionsFile {
  let data: Record<string, unknown>
  try {
    data = JSON.parse(json) as Record<string, unknown>
  } catch (e) {
    throw new ImportError(null, `invalid JSON: ${(e as Error).message}`, file)
  }
  const fail = (msg: string): never => {
    throw new ImportError(null, msg, file)
  }
  const list = (key: string): Array<Record<string, unknown>> => {
    const v = data[key]
    if (!Array.isArray(v)) fail(`"${key}" must be an array`)
    return v as Array<Record<string, unknown>>
  }
  const fieldOk = (f: unknown): boolean =>
    typeof f === 'string' &&
    (CORRECTABLE_FIELDS as readonly string[]).includes(f.replace(/^displaced\./, ''))

  const corrections = list('corrections').map((c, k) => {
    const seq = typeof c.seq === 'number' ? [c.seq] : c.seq
    if (!Array.isArray(seq) || seq.length === 0 || !seq.every(isSeq)) fail(`correction #${k + 1}: "seq" must be a number or a non-empty array of numbers`)
    if (!fieldOk(c.field)) fail(`correction #${k + 1}: unknown field ${JSON.stringify(c.field)}`)
    if (!isText(c.from) || typeof c.to !== 'string') fail(`correction #${k + 1}: "from" must be non-empty text and "to" text`)
    if (!isText(c.reason)) fail(`correction #${k + 1}: a "reason" is required`)
    if ((c.from as string).includes('\n') || (c.to as string).includes('\n')) fail(`correction #${k + 1}: corrections must not span lines`)
    if (c.from === c.to) fail(`correction #${k + 1}: "from" and "to" are equal`)
    return { seq: seq as number[], field: c.field as string, from: c.from as string, to: c.to as string, reason: c.reason as string }
  })
  const inferredTitles = list('inferredTitles').map((t, k) => {
    if (!isSeq(t.seq) || !isText(t.title) || !isText(t.reason)) fail(`inferredTitles #${k + 1}: needs seq, title and reason`)
    return { seq: t.seq as number, title: t.title as string, reason: t.reason as string }
  })
  const guideScopes = list('guideScopes').map((g, k) => {
    const ok = isSeq(g.holder) && Array.isArray(g.writtenFor) && g.writtenFor.length > 0 && g.writtenFor.every(isSeq) && isText(g.reason)
    if (!ok) fail(`guideScopes #${k + 1}: needs holder, writtenFor (non-empty) and reason`)
    return { holder: g.holder as number, writtenFor: g.writtenFor as number[], reason: g.reason as string }
  })
  const remarks = list('remarks').map((r, k) => {
    if (!Array.isArray(r.seq) || !r.seq.every(isSeq) || !isText(r.note)) fail(`remarks #${k + 1}: needs seq (array) and note`)
    return { seq: r.seq as number[], note: r.note as string }
  })
  return { corrections, inferredTitles, guideScopes, remarks }
}

/** The cells a correction can address, by field name. */
export interface CorrectableCell {
  text: string
  line: number
}

/**
 * Apply all text corrections. `cellsOf(seq, field)` returns the live cell (or
 * null when the item or field does not exist). Throws when a `from` is missing.
 */
export function applyCorrections(
  file: CorrectionsFile,
  cellsOf: (seq: number, field: string) => CorrectableCell | null,
  correctionsPath: string,
): AppliedRecord[] {
  const applied: AppliedRecord[] = []
  file.corrections.forEach((c, k) => {
    for (const seq of c.seq) {
      const cell = cellsOf(seq, c.field)
      if (!cell) {
        throw new ImportError(null, `correction #${k + 1} (seq ${seq}, ${c.field}): the item or field does not exist`, correctionsPath)
      }
      const occurrences = cell.text.split(c.from).length - 1
      if (occurrences === 0) {
        throw new ImportError(
          cell.line,
          `correction #${k + 1} (seq ${seq}, ${c.field}): text ${JSON.stringify(c.from)} not found; the correction is stale or the source changed`,
        )
      }
      cell.text = cell.text.split(c.from).join(c.to)
      applied.push({ seq, field: c.field, from: c.from, to: c.to, reason: c.reason, occurrences })
    }
  })
  return applied
}
