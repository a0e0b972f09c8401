/**
 * Search over the catalog for residents who do not know the official item names: Chinese,
 * full pinyin, initials and mixtures (社保卡丢了, sbkgs, shebaoka guashi, sbk挂失), colloquial words
 * through the reviewed synonyms of the index, one-letter typos in longer pinyin.
 *
 * Pure TypeScript over the generated index (src/data/search-index.json): no pinyin dictionary, no
 * Taro, no React. Never throws. Stages, best first:
 *  1. every query part is covered by exact matches in an item's fields: the title (prefix and whole
 *     title count most), the colloquial aliases of title phrases, the category, then the content
 *     key terms; Chinese text matches literally, latin text as full pinyin, initials or a mixture
 *     (with one edit allowed in parts of 5+ letters); all parts must match (AND);
 *  2. only when that finds nothing good: fuse.js over titles and their colloquial variants, with a
 *     strict threshold so that unrelated services (驾驶证, 护照) still find nothing.
 */
import Fuse from 'fuse.js/basic'
import type { SearchIndexFile } from '../data/search-index-types'
import { searchIndex } from '../data/search-index'

export interface SearchHit {
  id: string
  seq: number
  title: string
  categoryId: string
  score: number
  /** Character ranges `[start, end)` of the title that matched, sorted, not overlapping. */
  titleHighlights: Array<[start: number, end: number]>
}

export interface Searcher {
  search(query: string, limit?: number): SearchHit[]
}

/** A query part: a run of Chinese characters and digits, or a run of latin letters. */
export interface QueryPart {
  text: string
  latin: boolean
}

/** Longer queries are cut (after normalisation) to this many characters. */
export const MAX_QUERY_CHARS = 32
/** Raw input beyond this is never looked at. */
const MAX_RAW_CHARS = 256
const MAX_PARTS = 8
export const MAX_LIMIT = 100

// Field kinds, best first, and their weights.
const TITLE = 0
const ALIAS = 1
const CATEGORY = 2
const CATEGORY_ALIAS = 3
const CONTENT = 4
const CONTENT_LOW = 5
const KIND_WEIGHT = [1, 0.85, 0.6, 0.55, 0.45, 0.12]
/** Kinds where initials and one-character queries may match (short, curated text). */
const MAX_ABBREVIATED_KIND = CATEGORY_ALIAS

const HAN_FACTOR = 1
const PINYIN_FACTOR = 0.82
const INITIALS_FACTOR = 0.72
const EDIT_FACTOR = 0.75
const WHOLE_FIELD_BONUS = 1.1
const FIELD_PREFIX_BONUS = 1.05
const PARTIAL_ALIAS_FACTOR = 0.8
const SEGMENT_PENALTY = 0.08
/** A whole-part match at least this good (per character) skips the search for splits. */
const FAST_COVER_QUALITY = 0.8
/** Matching a filler word counts only where it beats this quality per character. */
const FILLER_QUALITY = 0.6
/** Latin parts look for splits (sbk + gs) in at most this many items per part offset. */
const MAX_SPLIT_ITEMS = 200
const SINGLE_CHAR_VALUE = 0.3
const TITLE_COVER_BONUS = 0.2
const EXACT_TITLE_BONUS = 0.3
/** Hits scoring below this are noise (e.g. one low-weight shared content word). */
const MIN_SCORE = 0.1
/** When the best exact-stage hit scores below this, fuse.js is asked too. */
const GOOD_SCORE = 0.5
const FUSE_THRESHOLD = 0.3
const FUSE_SCORE_SCALE = 0.3
/** fuse.js only sees items sharing this share of the query's characters, at most this many. */
const FUSE_MIN_SHARED = 0.6
/** Shorter texts are too ambiguous for fuzzy matching (身份证 would find 改身份证号). */
const FUSE_MIN_CHARS = 4
const FUSE_MAX_CANDIDATES = 64

const HAN_RANGE = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'
const PART_PATTERN = new RegExp(`[a-z]+|[0-9${HAN_RANGE}]+`, 'g')
const SEPARATOR = 0

/**
 * Normalises a query into parts: full-width to half-width (NFKC), lower case, ü as v, every
 * punctuation and space a separator, Chinese and latin runs split apart (sbk挂失 → sbk, 挂失).
 */
export function parseQuery(query: unknown): QueryPart[] {
  if (typeof query !== 'string' || query.length === 0) return []
  let text = query.length > MAX_RAW_CHARS ? query.slice(0, MAX_RAW_CHARS) : query
  try {
    text = text.normalize('NFKC')
  } catch {
    // Keep the raw text: normalisation is a convenience.
  }
  text = text.toLowerCase().replace(/ü|u:/g, 'v').replace(/([a-z])['’]+(?=[a-z])/g, '$1')
  const parts: QueryPart[] = []
  const seen = new Set<string>()
  let budget = MAX_QUERY_CHARS
  for (const run of text.match(PART_PATTERN) ?? []) {
    if (budget <= 0 || parts.length >= MAX_PARTS) break
    const part = run.length > budget ? run.slice(0, budget) : run
    budget -= part.length
    if (seen.has(part)) continue
    seen.add(part)
    parts.push({ text: part, latin: part.charCodeAt(0) >= 97 && part.charCodeAt(0) <= 122 })
  }
  return parts
}

interface ItemInfo {
  id: string
  seq: number
  title: string
  categoryId: string
}

/**
 * One way an item covers a span of a query part, stored flat (no object per segment) in the item's
 * list, SEGMENT_SIZE numbers each: span [from, to) of the part, value, characters of the item
 * consumed (the unit scores are averaged over), the indexed-text range it consumed, the title range
 * it highlights (or -1) and whether it is the whole title.
 */
const SEG_FROM = 0
const SEG_TO = 1
const SEG_VALUE = 2
const SEG_CHARS = 3
const SEG_START = 4
const SEG_END = 5
const SEG_TITLE_START = 6
const SEG_TITLE_END = 7
const SEG_WHOLE_TITLE = 8
const SEGMENT_SIZE = 9

interface Accumulated {
  value: number
  chars: number
  ranges: number[]
  wholeTitle: boolean
}

interface Prepared {
  items: ItemInfo[]
  text: string
  fieldItem: Int32Array
  fieldKind: Uint8Array
  fieldStart: Int32Array
  fieldEnd: Int32Array
  fieldTitleStart: Int32Array
  fieldTitleEnd: Int32Array
  posField: Int32Array
  readingStart: Int32Array
  readingIds: Uint16Array
  syllables: string[]
  /** Positions where a two-character string (as two UTF-16 codes) starts. */
  bigrams: Map<number, number[]>
  /** Range of the indexed text each item's fields occupy. */
  itemStart: Int32Array
  itemEnd: Int32Array
  /** Bit k set when a reading of the character at a position starts with letter k (a = 0). */
  firstLetters: Int32Array
  /** One-character fields of the curated kinds, by character code. */
  singleCharFields: Map<number, number[]>
  /** Positions where two characters with these reading initials start. */
  initialPairs: Map<number, number[]>
  /** Marks walk starts already tried for the current query offset. */
  stamp: Int32Array
  stampCounter: number
  /** Every syllable prefix, for one-syllable parts. */
  syllablePrefixes: Set<string>
  fillers: Set<string>
  fillerPinyin: Set<string>
  maxFiller: number
}

function prepare(index: SearchIndexFile): Prepared {
  const syllables = index.syllables ? index.syllables.split(' ') : []
  const charReadings = new Map<number, number[]>()
  const groups = index.readings ? index.readings.split(' ') : []
  for (let i = 0; i < index.chars.length && i < groups.length; i++) {
    charReadings.set(index.chars.charCodeAt(i), groups[i].split(',').map((r) => parseInt(r, 36)))
  }
  // Digits and latin letters in titles match themselves.
  const literal = new Map<number, number>()
  for (const ch of '0123456789abcdefghijklmnopqrstuvwxyz') {
    literal.set(ch.charCodeAt(0), syllables.length)
    syllables.push(ch)
  }

  const items: ItemInfo[] = []
  const pieces: string[] = []
  const fieldItem: number[] = []
  const fieldKind: number[] = []
  const fieldStart: number[] = []
  const fieldTitleStart: number[] = []
  const fieldTitleEnd: number[] = []
  let length = 0
  const words = (groupIndexes: number[]) => groupIndexes.flatMap((g) => (index.groups[g] ?? []).map((t) => index.terms[t]))

  index.items.forEach((entry, itemIndex) => {
    const [id, seq, title, categoryIndex, titleAliases, contentTerms, contentGroups, contentWeight, borrowedFrom, borrowedWeight] = entry
    const category = index.categories[categoryIndex]
    const seen = new Set<string>()
    const add = (text: string | undefined, kind: number, titleStart = -1, titleEnd = -1) => {
      // A colloquial word that is also a content term stays in both: only whole aliases count fully.
      const key = (kind === ALIAS || kind === CATEGORY_ALIAS ? 'a' : 'f') + text
      if (!text || seen.has(key)) return
      seen.add(key)
      fieldItem.push(itemIndex)
      fieldKind.push(kind)
      fieldStart.push(length)
      fieldTitleStart.push(titleStart)
      fieldTitleEnd.push(titleEnd)
      pieces.push(text)
      length += text.length + 1
    }
    add(title, TITLE, 0, title.length)
    for (let k = 0; k + 2 < titleAliases.length; k += 3) {
      for (const word of words([titleAliases[k]])) add(word, ALIAS, titleAliases[k + 1], titleAliases[k + 2])
    }
    if (category) {
      add(category[1], CATEGORY)
      for (const word of words(category[2])) add(word, CATEGORY_ALIAS)
    }
    const ownKind = contentWeight ? CONTENT : CONTENT_LOW
    for (const t of contentTerms) add(index.terms[t], ownKind)
    for (const word of words(contentGroups)) add(word, ownKind)
    const borrowed = borrowedFrom >= 0 ? index.items[borrowedFrom] : undefined
    if (borrowed) {
      const kind = borrowedWeight ? CONTENT : CONTENT_LOW
      for (const t of borrowed[5]) add(index.terms[t], kind)
      for (const word of words(borrowed[6])) add(word, kind)
    }
    items.push({ id, seq, title, categoryId: category ? category[0] : '' })
  })

  const text = pieces.join('\u0000') + '\u0000'
  const fieldCount = fieldItem.length
  const posField = new Int32Array(text.length).fill(-1)
  const fieldEnd = new Int32Array(fieldCount)
  for (let f = 0; f < fieldCount; f++) {
    const start = fieldStart[f]
    const end = start + pieces[f].length
    fieldEnd[f] = end
    posField.fill(f, start, end)
  }

  const readingStart = new Int32Array(text.length + 1)
  const ids: number[] = []
  for (let p = 0; p < text.length; p++) {
    readingStart[p] = ids.length
    const code = text.charCodeAt(p)
    const han = charReadings.get(code)
    if (han) for (const r of han) ids.push(r)
    else if (literal.has(code)) ids.push(literal.get(code)!)
  }
  readingStart[text.length] = ids.length
  const readingIds = Uint16Array.from(ids)

  const bigrams = new Map<number, number[]>()
  const initialPairs = new Map<number, number[]>()
  const firsts = syllables.map((s) => s.charCodeAt(0))
  for (let p = 0; p + 1 < text.length; p++) {
    const a = text.charCodeAt(p)
    const b = text.charCodeAt(p + 1)
    if (a === SEPARATOR || b === SEPARATOR) continue
    const key = a * 65536 + b
    const list = bigrams.get(key)
    if (list) list.push(p)
    else bigrams.set(key, [p])
    // The next character with a reading in the same field (titles may hold punctuation: 省（市）).
    let q = p + 1
    while (q < text.length && text.charCodeAt(q) !== SEPARATOR && readingStart[q] === readingStart[q + 1]) q++
    if (text.charCodeAt(q) === SEPARATOR) continue
    let last = -1
    for (let x = readingStart[p]; x < readingStart[p + 1]; x++) {
      for (let y = readingStart[q]; y < readingStart[q + 1]; y++) {
        const pair = firsts[readingIds[x]] * 128 + firsts[readingIds[y]]
        if (pair === last) continue
        last = pair
        const pairs = initialPairs.get(pair)
        if (!pairs) initialPairs.set(pair, [p])
        else if (pairs[pairs.length - 1] !== p) pairs.push(p)
      }
    }
  }

  const itemStart = new Int32Array(items.length).fill(-1)
  const itemEnd = new Int32Array(items.length)
  for (let f = 0; f < fieldCount; f++) {
    const item = fieldItem[f]
    if (itemStart[item] < 0) itemStart[item] = fieldStart[f]
    itemEnd[item] = fieldEnd[f]
  }
  const firstLetters = new Int32Array(text.length)
  for (let p = 0; p < text.length; p++) {
    for (let x = readingStart[p]; x < readingStart[p + 1]; x++) {
      const letter = firsts[readingIds[x]] - 97
      if (letter >= 0 && letter < 26) firstLetters[p] |= 1 << letter
    }
  }
  const singleCharFields = new Map<number, number[]>()
  for (let f = 0; f < fieldCount; f++) {
    if (pieces[f].length !== 1 || fieldKind[f] > MAX_ABBREVIATED_KIND) continue
    const code = pieces[f].charCodeAt(0)
    const list = singleCharFields.get(code)
    if (list) list.push(f)
    else singleCharFields.set(code, [f])
  }
  const fillers = new Set(index.fillers)
  return {
    itemStart,
    itemEnd,
    firstLetters,
    singleCharFields,
    items,
    text,
    fieldItem: Int32Array.from(fieldItem),
    fieldKind: Uint8Array.from(fieldKind),
    fieldStart: Int32Array.from(fieldStart),
    fieldEnd,
    fieldTitleStart: Int32Array.from(fieldTitleStart),
    fieldTitleEnd: Int32Array.from(fieldTitleEnd),
    posField,
    readingStart,
    readingIds,
    syllables,
    bigrams,
    initialPairs,
    stamp: new Int32Array(text.length),
    stampCounter: 0,
    syllablePrefixes: new Set(syllables.flatMap((s) => Array.from(s, (_, k) => s.slice(0, k + 1)))),
    fillers,
    fillerPinyin: new Set(index.fillerPinyin ?? []),
    maxFiller: index.fillers.reduce((m, w) => Math.max(m, w.length), 0),
  }
}

/** Value of matching `chars` characters of field `f` from `start` with a base factor. */
function segmentValue(ix: Prepared, f: number, start: number, end: number, factor: number): number {
  let bonus = 1
  if (start === ix.fieldStart[f]) bonus = end === ix.fieldEnd[f] ? WHOLE_FIELD_BONUS : FIELD_PREFIX_BONUS
  return (end - start) * KIND_WEIGHT[ix.fieldKind[f]] * factor * bonus
}

/** The segments of one query part, per item; only items still in the running are collected. */
interface Collector {
  byItem: Map<number, number[]>
  /** Items that matched every earlier part (AND), or null for the first part. */
  allowed: Map<number, unknown> | null
  /** Latin parts: per part offset, items with a segment ending there and its best value. */
  endsAt: Map<number, number>[]
  /** Items with one strong segment covering the whole part (no split can beat it). */
  covered: Set<number>
}

function addSegment(col: Collector, ix: Prepared, from: number, to: number, f: number, start: number, end: number, factor: number) {
  const item = ix.fieldItem[f]
  if (col.allowed && !col.allowed.has(item)) return
  let titleStart = ix.fieldTitleStart[f]
  let titleEnd = ix.fieldTitleEnd[f]
  const kind = ix.fieldKind[f]
  const whole = start === ix.fieldStart[f] && end === ix.fieldEnd[f]
  if (kind === TITLE) {
    titleStart = start - ix.fieldStart[f]
    titleEnd = end - ix.fieldStart[f]
  } else if (!whole && (kind === ALIAS || kind === CATEGORY_ALIAS)) {
    // Part of a colloquial word (退休 of 退休金) is a weaker sign than the whole word, and too small
    // a part (身份证 of 改身份证号) says nothing.
    if ((end - start) * 3 < (ix.fieldEnd[f] - ix.fieldStart[f]) * 2) return
    factor *= PARTIAL_ALIAS_FACTOR
    titleStart = titleEnd = -1
  }
  const value = segmentValue(ix, f, start, end, factor)
  // Keep one segment per span of the part: the best.
  let list = col.byItem.get(item)
  if (!list) col.byItem.set(item, (list = []))
  let at = -1
  for (let k = 0; k < list.length; k += SEGMENT_SIZE) {
    if (list[k + SEG_FROM] === from && list[k + SEG_TO] === to) {
      if (list[k + SEG_VALUE] >= value) return
      at = k
      break
    }
  }
  if (at < 0) {
    at = list.length
    list.length += SEGMENT_SIZE
  }
  list[at + SEG_FROM] = from
  list[at + SEG_TO] = to
  list[at + SEG_VALUE] = value
  list[at + SEG_CHARS] = end - start
  list[at + SEG_START] = start
  list[at + SEG_END] = end
  list[at + SEG_TITLE_START] = titleStart
  list[at + SEG_TITLE_END] = titleEnd
  list[at + SEG_WHOLE_TITLE] = kind === TITLE && whole ? 1 : 0
  if (to < col.endsAt.length) {
    const ends = col.endsAt[to]
    const before = ends.get(item)
    if (before === undefined || value > before) ends.set(item, value)
  }
  if (from === 0 && to === col.endsAt.length - 1 && value >= FAST_COVER_QUALITY * (end - start)) col.covered.add(item)
}

/** Exact matches of substrings (2+ characters) of a Chinese part, per item. */
function hanSegments(ix: Prepared, part: string, col: Collector) {
  const { text } = ix
  const n = part.length
  if (n === 1) {
    // A one-character query matches titles and aliases only.
    for (let p = text.indexOf(part); p >= 0; p = text.indexOf(part, p + 1)) {
      const f = ix.posField[p]
      if (f >= 0 && ix.fieldKind[f] <= MAX_ABBREVIATED_KIND) addSegment(col, ix, 0, 1, f, p, p + 1, HAN_FACTOR)
    }
    return
  }
  for (let i = 0; i < n; i++) {
    // Whole one-character words (改, 丢) of the curated fields.
    for (const f of ix.singleCharFields.get(part.charCodeAt(i)) ?? []) addSegment(col, ix, i, i + 1, f, ix.fieldStart[f], ix.fieldEnd[f], HAN_FACTOR)
    if (i + 1 >= n) break
    const list = ix.bigrams.get(part.charCodeAt(i) * 65536 + part.charCodeAt(i + 1))
    if (!list) continue
    for (const p of list) {
      if (col.allowed && !col.allowed.has(ix.fieldItem[ix.posField[p]])) continue
      let m = 2
      while (i + m < n && text.charCodeAt(p + m) === part.charCodeAt(i + m)) m++
      const f = ix.posField[p]
      // Every prefix of the match is a candidate segment; the cover picks.
      for (let k = m; k >= 2; k--) addSegment(col, ix, i, i + k, f, p, p + k, HAN_FACTOR)
    }
  }
}

function startsWithAt(s: string, prefix: string, at: number): boolean {
  if (at + prefix.length > s.length) return false
  for (let k = 0; k < prefix.length; k++) if (s.charCodeAt(at + k) !== prefix.charCodeAt(k)) return false
  return true
}

/**
 * Query lengths a reading consumes with exactly one typo: a wrong letter, a missing letter, an
 * extra letter, or two neighbours swapped. The first letter never changes (it anchors the match).
 */
function editedLengths(q: string, at: number, r: string, out: number[]) {
  const m = r.length
  const rest = q.length - at
  if (m < 2) return
  if (q.charCodeAt(at) !== r.charCodeAt(0)) return
  // Wrong letter or swapped neighbours: same length.
  if (m <= rest) {
    let diff = 0
    let firstDiff = -1
    for (let k = 1; k < m; k++) {
      if (q.charCodeAt(at + k) !== r.charCodeAt(k)) {
        if (diff === 0) firstDiff = k
        diff++
      }
    }
    if (diff === 1) out.push(m)
    else if (diff === 2 && firstDiff + 1 < m && q.charCodeAt(at + firstDiff) === r.charCodeAt(firstDiff + 1) && q.charCodeAt(at + firstDiff + 1) === r.charCodeAt(firstDiff)) {
      let rest2 = true
      for (let k = firstDiff + 2; k < m; k++) if (q.charCodeAt(at + k) !== r.charCodeAt(k)) rest2 = false
      if (rest2) out.push(m)
    }
  }
  // Missing letter: the query has r without one of its letters.
  if (m - 1 <= rest && m > 2) {
    for (let skip = 1; skip < m; skip++) {
      let ok = true
      for (let k = 0, x = 0; k < m; k++) {
        if (k === skip) continue
        if (q.charCodeAt(at + x) !== r.charCodeAt(k)) {
          ok = false
          break
        }
        x++
      }
      if (ok) {
        out.push(m - 1)
        break
      }
    }
  }
  // Extra letter: the query has r with one letter more.
  if (m + 1 <= rest) {
    for (let skip = 1; skip <= m; skip++) {
      let ok = true
      for (let k = 0, x = 0; x < m + 1; x++) {
        if (x === skip) continue
        if (q.charCodeAt(at + x) !== r.charCodeAt(k)) {
          ok = false
          break
        }
        k++
      }
      if (ok) {
        out.push(m + 1)
        break
      }
    }
  }
}

/** Two-letter initials zh/ch/sh. */
function doubleInitial(r: string): boolean {
  return r.length > 2 && r.charCodeAt(1) === 104 && (r.charCodeAt(0) === 122 || r.charCodeAt(0) === 99 || r.charCodeAt(0) === 115)
}

const edits: number[] = []
const MAX_STATES = 96
let states = new Int32Array(MAX_STATES)
let nextStates = new Int32Array(MAX_STATES)
let nextCount = 0

function pushState(q: number, e: number, a: number) {
  const code = q * 4 + e * 2 + a
  for (let k = 0; k < nextCount; k++) if (nextStates[k] === code) return
  if (nextCount < MAX_STATES) nextStates[nextCount++] = code
}

/**
 * Walks the characters of one field from `p0`, consuming the latin part from `from` with full
 * syllables, initials (titles, aliases, category only) or a final partial syllable, and records
 * every way it can stop as a segment. States: query offset, edits used, abbreviated flag.
 */
function walk(ix: Prepared, part: string, from: number, p0: number, budget: number, col: Collector) {
  const f = ix.posField[p0]
  if (f < 0) return
  const abbreviated = ix.fieldKind[f] <= MAX_ABBREVIATED_KIND
  const end = ix.fieldEnd[f]
  const n = part.length
  let count = 1
  states[0] = from * 4
  for (let p = p0; p < end && count > 0; p++) {
    if (p > p0 && ix.readingStart[p] === ix.readingStart[p + 1]) continue // punctuation inside a title: （职）
    nextCount = 0
    for (let si = 0; si < count; si++) {
      const state = states[si]
      const q = state >> 2
      const e = (state >> 1) & 1
      const a = state & 1
      for (let x = ix.readingStart[p]; x < ix.readingStart[p + 1]; x++) {
        const r = ix.syllables[ix.readingIds[x]]
        if (part.charCodeAt(q) !== r.charCodeAt(0)) continue
        if (startsWithAt(part, r, q)) pushState(q + r.length, e, a)
        else if (n - q < r.length && startsWithAt(r, part.slice(q), 0)) pushState(n, e, 1)
        if (abbreviated && r.length > 1) {
          pushState(q + 1, e, 1)
          if (doubleInitial(r) && part.charCodeAt(q + 1) === 104) pushState(q + 2, e, 1)
        }
        if (e < budget) {
          edits.length = 0
          editedLengths(part, q, r, edits)
          for (const len of edits) pushState(q + len, e + 1, a)
        }
      }
    }
    if (p > p0) {
      for (let k = 0; k < nextCount; k++) {
        const state = nextStates[k]
        const factor = (state & 1 ? INITIALS_FACTOR : PINYIN_FACTOR) * ((state >> 1) & 1 ? EDIT_FACTOR : 1)
        addSegment(col, ix, from, state >> 2, f, p0, p + 1, factor)
      }
    }
    // Continue with the states that have query left.
    count = 0
    for (let k = 0; k < nextCount; k++) if (nextStates[k] >> 2 < n) nextStates[count++] = nextStates[k]
    const swap = states
    states = nextStates
    nextStates = swap
  }
}

/** Letters no syllable starts with. */
function startsSyllable(code: number): boolean {
  return code >= 97 && code <= 122 && code !== 105 && code !== 117 && code !== 118
}

/**
 * Where the second character of a match can start in the part: after the first character's full
 * syllable (or one typo of it), or after its initial when the rest can still be pinyin.
 */
function firstSteps(ix: Prepared, part: string, budget: number): number[] {
  const n = part.length
  const steps = new Set<number>()
  const first = part.charCodeAt(0)
  for (const r of ix.syllables) {
    if (r.charCodeAt(0) !== first) continue
    if (startsWithAt(part, r, 0)) steps.add(r.length)
    if (budget > 0) {
      edits.length = 0
      editedLengths(part, 0, r, edits)
      for (const len of edits) steps.add(len)
    }
  }
  const afterInitial = (k: number) => ix.syllablePrefixes.has(part.slice(k, k + 2)) || startsSyllable(part.charCodeAt(k + 1)) || k + 1 >= n
  if (afterInitial(1)) steps.add(1)
  if (part.charCodeAt(1) === 104 && (first === 122 || first === 99 || first === 115) && afterInitial(2)) steps.add(2)
  return Array.from(steps).filter((k) => k >= 1 && k < n && startsSyllable(part.charCodeAt(k)))
}

/** Matches of a latin part as pinyin of the indexed text, per item. */
function latinSegments(ix: Prepared, part: string, col: Collector) {
  const n = part.length
  const budget = n >= 5 ? 1 : 0
  for (let i = 0; i <= n; i++) col.endsAt.push(new Map())
  // A lone syllable (or the start of one) matches one character of a short field.
  if (ix.syllablePrefixes.has(part)) {
    for (let p = 0; p < ix.text.length; p++) {
      const f = ix.posField[p]
      if (f < 0 || ix.fieldKind[f] > MAX_ABBREVIATED_KIND) continue
      for (let x = ix.readingStart[p]; x < ix.readingStart[p + 1]; x++) {
        const r = ix.syllables[ix.readingIds[x]]
        if (r.length >= n && (n >= 2 || p === ix.fieldStart[f]) && startsWithAt(r, part, 0)) {
          addSegment(col, ix, 0, n, f, p, p + 1, r.length === n ? PINYIN_FACTOR : INITIALS_FACTOR)
          break
        }
      }
    }
  }
  // From the start of the part: wherever the first two initials fit.
  if (ix.stampCounter >= 0x7ffffff0) {
    ix.stamp.fill(0)
    ix.stampCounter = 0
  }
  const stamp = ++ix.stampCounter
  const a = part.charCodeAt(0)
  for (const k of firstSteps(ix, part, budget)) {
    const list = ix.initialPairs.get(a * 128 + part.charCodeAt(k))
    if (!list) continue
    for (const p of list) {
      if (ix.stamp[p] === stamp) continue
      ix.stamp[p] = stamp
      if (col.allowed && !col.allowed.has(ix.fieldItem[ix.posField[p]])) continue
      walk(ix, part, 0, p, budget, col)
    }
  }
  // From later offsets: only in items whose earlier segments end there.
  for (let i = 1; i + 1 < n; i++) {
    const letter = part.charCodeAt(i) - 97
    if (letter < 0 || letter > 25) continue
    // Items the whole part already matches need no split; the rest are bounded, best first.
    let items = Array.from(col.endsAt[i].keys()).filter((item) => !col.covered.has(item))
    if (items.length > MAX_SPLIT_ITEMS) {
      const ends = col.endsAt[i]
      items = items.sort((x, y) => ends.get(y)! - ends.get(x)! || x - y).slice(0, MAX_SPLIT_ITEMS)
    }
    for (const item of items) {
      for (let p = ix.itemStart[item]; p < ix.itemEnd[item]; p++) {
        if (ix.firstLetters[p] & (1 << letter)) walk(ix, part, i, p, budget, col)
      }
    }
  }
}

interface Cover {
  value: number
  chars: number
  segments: number
  singles: number
  multiChars: number
  ranges: number[]
  /** Ranges of the indexed text already used: one place never covers two parts of a query. */
  spans: number[]
  wholeTitle: boolean
}

function overlaps(spans: number[], start: number, end: number): boolean {
  for (let k = 0; k + 1 < spans.length; k += 2) if (start < spans[k + 1] && spans[k] < end) return true
  return false
}

/**
 * Best way to cover a whole part with an item's segments (plus fillers and, for Chinese, one title
 * character), or null. Dynamic programming over part offsets.
 */
function cover(ix: Prepared, item: ItemInfo, part: QueryPart, list: number[]): Cover | null {
  const n = part.text.length
  // Fast path: one segment covering the whole part in a strong field cannot be beaten by a split.
  let full = -1
  for (let k = 0; k < list.length; k += SEGMENT_SIZE) {
    if (list[k + SEG_FROM] === 0 && list[k + SEG_TO] === n && (full < 0 || list[k + SEG_VALUE] > list[full + SEG_VALUE])) full = k
  }
  if (full >= 0 && list[full + SEG_VALUE] >= FAST_COVER_QUALITY * list[full + SEG_CHARS]) {
    return {
      value: list[full + SEG_VALUE],
      chars: list[full + SEG_CHARS],
      segments: 1,
      singles: 0,
      multiChars: n,
      ranges: list[full + SEG_TITLE_START] >= 0 ? [list[full + SEG_TITLE_START], list[full + SEG_TITLE_END]] : [],
      spans: [],
      wholeTitle: list[full + SEG_WHOLE_TITLE] === 1,
    }
  }
  // Can the part be covered at all? (Cheap, before the allocating search below.)
  const reach: boolean[] = new Array(n + 1).fill(false)
  reach[0] = true
  for (let i = 0; i < n; i++) {
    if (!reach[i]) continue
    for (let k = 0; k < list.length; k += SEGMENT_SIZE) if (list[k + SEG_FROM] === i) reach[list[k + SEG_TO]] = true
    if (part.latin) continue
    for (let len = 1; len <= ix.maxFiller && i + len <= n; len++) if (ix.fillers.has(part.text.slice(i, i + len))) reach[i + len] = true
    if (n >= 3 && item.title.indexOf(part.text[i]) >= 0) reach[i + 1] = true
  }
  if (!reach[n]) return null
  // best[j][c]: best cover of the first j characters with c segments (limited: more pieces than
  // this is noise, e.g. zz + zz + zz for zzzzzz).
  const maxSegments = part.latin ? 1 + Math.floor(n / 5) : 1 + Math.floor(n / 2)
  const best: (Cover | null)[][] = Array.from({ length: n + 1 }, () => new Array(maxSegments + 1).fill(null))
  best[0][0] = { value: 0, chars: 0, segments: 0, singles: 0, multiChars: 0, ranges: [], spans: [], wholeTitle: false }
  // Compare covers by value above a baseline quality per character, so that a weak match of a
  // filler word (办理 in some content) does not beat ignoring it.
  const gain = (c: Cover) => c.value - FILLER_QUALITY * c.chars - c.segments * SEGMENT_PENALTY
  const offer = (j: number, c: Cover) => {
    const slot = best[j]
    if (c.segments <= maxSegments && (!slot[c.segments] || gain(c) > gain(slot[c.segments]!))) slot[c.segments] = c
  }
  for (let i = 0; i < n; i++) {
    for (const at of best[i]) {
      if (!at) continue
      for (let k = 0; k < list.length; k += SEGMENT_SIZE) {
        if (list[k + SEG_FROM] !== i || overlaps(at.spans, list[k + SEG_START], list[k + SEG_END])) continue
        const to = list[k + SEG_TO]
        offer(to, {
          value: at.value + list[k + SEG_VALUE],
          chars: at.chars + list[k + SEG_CHARS],
          segments: at.segments + 1,
          singles: at.singles,
          multiChars: at.multiChars + (to - i),
          ranges: list[k + SEG_TITLE_START] >= 0 ? at.ranges.concat(list[k + SEG_TITLE_START], list[k + SEG_TITLE_END]) : at.ranges,
          spans: at.spans.concat(list[k + SEG_START], list[k + SEG_END]),
          wholeTitle: at.wholeTitle || list[k + SEG_WHOLE_TITLE] === 1,
        })
      }
      if (part.latin) continue
      for (let len = 1; len <= ix.maxFiller && i + len <= n; len++) {
        if (ix.fillers.has(part.text.slice(i, i + len))) offer(i + len, at)
      }
      // One leftover character of a longer part may match a title character (增减员: 员 of 人员).
      const inTitle = n >= 3 && at.singles === 0 ? item.title.indexOf(part.text[i]) : -1
      if (inTitle >= 0) {
        offer(i + 1, {
          ...at,
          value: at.value + SINGLE_CHAR_VALUE,
          chars: at.chars + 1,
          segments: at.segments + 1,
          singles: at.singles + 1,
          ranges: at.ranges.concat(inTitle, inTitle + 1),
        })
      }
    }
  }
  let done: Cover | null = null
  for (const c of best[n]) {
    if (!c || c.chars === 0 || (c.singles > 0 && c.multiChars < 2)) continue
    if (!done || gain(c) > gain(done)) done = c
  }
  return done
}

function mergeRanges(flat: number[], titleLength: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (let k = 0; k + 1 < flat.length; k += 2) {
    const start = Math.max(0, Math.min(titleLength, flat[k]))
    const end = Math.max(start, Math.min(titleLength, flat[k + 1]))
    if (end > start) ranges.push([start, end])
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Array<[number, number]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

interface FuseDoc {
  item: number
  title: string
  variants: string[]
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000
}

export function createSearch(index: SearchIndexFile): Searcher {
  let prepared: Prepared | null = null
  let fuzzyData: { docs: FuseDoc[]; charItems: Map<number, number[]>; counts: Int32Array } | null = null

  let mark = new Uint8Array(0)
  const ready = (): Prepared => {
    if (!prepared) {
      prepared = prepare(index)
      mark = new Uint8Array(prepared.items.reduce((m, item) => Math.max(m, item.title.length), 1))
    }
    return prepared
  }

  /**
   * Fuzzy candidates for a Chinese text: titles and their colloquial variants (社保卡挂失与解挂 for
   * 社会保障卡挂失与解挂) of the items sharing most of its characters, searched by fuse.js. The
   * character prefilter keeps fuse's work small on big catalogs.
   */
  const fuzzy = (ix: Prepared, text: string, limit: number) => {
    if (!fuzzyData) {
      const docs: FuseDoc[] = ix.items.map((item, i) => ({ item: i, title: item.title, variants: [] }))
      for (let f = 0; f < ix.fieldItem.length; f++) {
        if (ix.fieldKind[f] !== ALIAS) continue
        const item = ix.items[ix.fieldItem[f]]
        const word = ix.text.slice(ix.fieldStart[f], ix.fieldEnd[f])
        const variants = docs[ix.fieldItem[f]].variants
        if (variants.length < 12) variants.push(item.title.slice(0, ix.fieldTitleStart[f]) + word + item.title.slice(ix.fieldTitleEnd[f]))
      }
      const charItems = new Map<number, number[]>()
      docs.forEach((doc, i) => {
        const seen = new Set<number>()
        for (const t of [doc.title, ...doc.variants]) for (let k = 0; k < t.length; k++) seen.add(t.charCodeAt(k))
        for (const code of seen) {
          const list = charItems.get(code)
          if (list) list.push(i)
          else charItems.set(code, [i])
        }
      })
      fuzzyData = { docs, charItems, counts: new Int32Array(docs.length) }
    }
    const { docs, charItems, counts } = fuzzyData
    const codes = Array.from(new Set(Array.from(text, (c) => c.charCodeAt(0))))
    const needed = Math.max(2, Math.ceil(codes.length * FUSE_MIN_SHARED))
    const touched: number[] = []
    for (const code of codes) {
      for (const i of charItems.get(code) ?? []) {
        if (counts[i]++ === 0) touched.push(i)
      }
    }
    const candidates = touched.filter((i) => counts[i] >= needed).sort((a, b) => counts[b] - counts[a] || a - b).slice(0, FUSE_MAX_CANDIDATES)
    for (const i of touched) counts[i] = 0
    if (candidates.length === 0) return []
    const fuse = new Fuse(
      candidates.map((i) => docs[i]),
      { keys: ['title', 'variants'], includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 },
    )
    return fuse.search(text, { limit })
  }

  const run = (query: string, limit: number): SearchHit[] => {
    const ix = ready()
    const parts = parseQuery(query)
    if (parts.length === 0) return []
    // Parts made of fillers only (怎么办) are dropped; the others must all match (AND).
    const active = parts.filter((p) => (p.latin ? !ix.fillerPinyin.has(p.text) || parts.length === 1 : !isFiller(ix, p.text)))
    if (active.length === 0) return []
    let scores: Map<number, Accumulated> | null = null
    for (const part of active) {
      const col: Collector = { byItem: new Map(), allowed: scores, endsAt: [], covered: new Set() }
      if (part.latin) latinSegments(ix, part.text, col)
      else hanSegments(ix, part.text, col)
      const next = new Map<number, Accumulated>()
      for (const [itemIndex, list] of col.byItem) {
        const before = scores ? scores.get(itemIndex) : undefined
        if (scores && !before) continue
        const c = cover(ix, ix.items[itemIndex], part, list)
        if (!c) continue
        const score = c.value / c.chars - SEGMENT_PENALTY * (c.segments - 1) - 0.05 * c.singles
        next.set(itemIndex, {
          value: (before ? before.value : 0) + score * c.chars,
          chars: (before ? before.chars : 0) + c.chars,
          ranges: before ? before.ranges.concat(c.ranges) : c.ranges,
          wholeTitle: active.length === 1 && c.wholeTitle,
        })
      }
      scores = next
      if (scores.size === 0) break
    }
    // Score every match (title coverage counted in place), then build hits for the best only.
    const ranked: Array<[item: number, score: number]> = []
    if (scores) {
      for (const [itemIndex, s] of scores) {
        const title = ix.items[itemIndex].title
        const length = Math.min(title.length, mark.length)
        for (let k = 0; k + 1 < s.ranges.length; k += 2) mark.fill(1, Math.max(0, s.ranges[k]), Math.min(length, s.ranges[k + 1]))
        let covered = 0
        for (let k = 0; k < length; k++) covered += mark[k]
        mark.fill(0, 0, length)
        const score = s.value / s.chars + TITLE_COVER_BONUS * (covered / Math.max(1, title.length)) + (s.wholeTitle ? EXACT_TITLE_BONUS : 0)
        if (score >= MIN_SCORE) ranked.push([itemIndex, round(score)])
      }
    }
    ranked.sort((a, b) => b[1] - a[1] || ix.items[a[0]].title.length - ix.items[b[0]].title.length || ix.items[a[0]].seq - ix.items[b[0]].seq)
    const hits: SearchHit[] = ranked.slice(0, limit).map(([itemIndex, score]) => {
      const item = ix.items[itemIndex]
      const titleHighlights = mergeRanges(scores!.get(itemIndex)!.ranges, item.title.length)
      return { id: item.id, seq: item.seq, title: item.title, categoryId: item.categoryId, score, titleHighlights }
    })
    const hanText = parts.filter((p) => !p.latin).map((p) => p.text).join('')
    if ((hits.length === 0 || Math.max(...hits.map((h) => h.score)) < GOOD_SCORE) && hanText.length >= FUSE_MIN_CHARS && !isFiller(ix, hanText)) {
      const known = new Set(hits.map((h) => h.id))
      for (const result of fuzzy(ix, hanText, limit + hits.length)) {
        const item = ix.items[result.item.item]
        if (known.has(item.id) || result.score === undefined || result.score > FUSE_THRESHOLD) continue
        hits.push({ id: item.id, seq: item.seq, title: item.title, categoryId: item.categoryId, score: round(FUSE_SCORE_SCALE * (1 - result.score)), titleHighlights: [] })
      }
    }
    hits.sort((a, b) => b.score - a.score || a.title.length - b.title.length || a.seq - b.seq)
    return hits.slice(0, limit)
  }

  return {
    search(query: string, limit = 10): SearchHit[] {
      const max = typeof limit === 'number' && Number.isFinite(limit) ? Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit))) : 10
      if (max === 0) return []
      try {
        return run(query, max)
      } catch {
        // Search must never break a page: a query it cannot handle finds nothing.
        return []
      }
    },
  }
}

function isFiller(ix: Prepared, text: string): boolean {
  // True when the text is made of fillers only (怎么办, 我的).
  const ok: boolean[] = new Array(text.length + 1).fill(false)
  ok[0] = true
  for (let i = 0; i < text.length; i++) {
    if (!ok[i]) continue
    for (let len = 1; len <= ix.maxFiller && i + len <= text.length; len++) {
      if (ix.fillers.has(text.slice(i, i + len))) ok[i + len] = true
    }
  }
  return ok[text.length]
}

let defaultSearcher: Searcher | null = null

/** Searches the bundled catalog; the top `limit` hits, best first. */
export function search(query: string, limit = 10): SearchHit[] {
  if (!defaultSearcher) defaultSearcher = createSearch(searchIndex)
  return defaultSearcher.search(query, limit)
}
