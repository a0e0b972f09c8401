/**
 * Builds the search index (src/data/search-index.json) from the catalog, the reviewed synonym
 * dictionary (data/search/synonyms.json) and the reviewed polyphone readings
 * (data/search/polyphones.json). Runs in Node only; pinyin-pro never reaches the app.
 *
 * Pure: the same inputs always give the same index, byte for byte (see serializeSearchIndex).
 */
import { pinyin, polyphonic } from 'pinyin-pro'
import type { Catalog, CatalogItem } from '../../src/data/catalog-types'
import {
  SEARCH_INDEX_VERSION,
  type IndexedCategory,
  type IndexedItem,
  packSearchIndex,
  type SearchIndexFile,
} from '../../src/data/search-index-types'

export interface SynonymEntry {
  colloquial: string[]
  official: string[]
  note: string
}

export interface SynonymsFile {
  about?: string
  entries: SynonymEntry[]
  fillers: { note: string; words: string[] }
}

export interface PolyphoneEntry {
  /** Toneless readings indexed for the character (every reading a resident may type). */
  readings: string[]
  /** Readings pinyin-pro proposes in some catalog context that are wrong there, with why. */
  rejected?: Record<string, string>
  /** Words of the catalog the character occurs in (for the reviewer). */
  seen: string[]
  why: string
}

export interface PolyphonesFile {
  about?: string
  chars: Record<string, PolyphoneEntry>
}

export interface BuildOptions {
  /**
   * Fail on a polyphonic character that has no reviewed entry, or on a contextual reading the
   * entry neither lists nor rejects. On for the real catalog; off for synthetic benchmark catalogs,
   * whose recombined text puts known characters in new contexts.
   */
  strictPolyphones: boolean
}

export interface PolyphoneFinding {
  char: string
  /** Readings pinyin-pro gives the character in the catalog's contexts. */
  contextual: string[]
  /** Every toneless reading pinyin-pro knows for the character. */
  all: string[]
  /** Indexed text the character occurs in (a sample). */
  seen: string[]
}

export interface BuildResult {
  index: SearchIndexFile
  /** Every polyphonic character of the indexed text, reviewed or not. */
  polyphones: PolyphoneFinding[]
  /** Problems that make a strict build fail. */
  problems: string[]
}

const HAN = /\p{Script=Han}/u
const HAN_RUN = /\p{Script=Han}+/gu

/**
 * Generic phrases of the disclosed content: field labels, the service hall, copy counts. They say
 * nothing about what an item is for, so they never become search terms.
 */
const BOILERPLATE = [
  '大同市云州区社保大厅', '大同市云州区工伤保险管理中心', '大同市云州区人社局院内一楼东二门', '大同市云州区',
  '村委会、乡镇及区社保大厅', '区社保大厅', '社保大厅', '人力资源社会保障部门',
  '办理地点', '办理地址', '咨询电话', '联系电话', '申请材料', '办理材料', '申报材料', '对象范围', '服务对象',
  '申请条件', '申领条件', '申领对象', '受理条件', '办理时限', '办理期限', '办理方式', '办理形式', '办理流程', '办理程序',
  '办理机构', '收费标准', '收费依据及标准', '不收费', '结果送达', '办事时间', '事项名称', '事项简述',
  '办理机构及地点', '咨询查询途径', '监督投诉渠道', '法定节假日除外', '周一至周五', '现场办理', '窗口办理',
  '个工作日', '工作日', '一个工作日', '即时', '自取', '原件及复印件', '复印件', '原件', '一式两份', '一式',
  '各一份', '各一式两份', '盖单位章', '盖章人签字', '盖章', '签字', '依据文件', '依据', '等原因', '内容包括',
  '以上', '以下', '需提供', '提供', '本人', '身份证', '户口本', '户口簿', '居民身份证', '需要', '可以', '应当',
  '地点', '内容', '相关材料', '相关证明材料', '工作人员', '符合', '意见', '窗口', '手续', '条件', '标准',
]

/** Longer phrases are form titles and clauses, not words residents type. */
const MAX_TERM_LENGTH = 8
/** Characters of own content terms kept per item, most distinctive first. */
const MAX_CONTENT_CHARS = 40
/** A phrase found in the content of more than this share of items is generic. */
const MAX_DOCUMENT_SHARE = 0.12

/** Toneless pinyin of each character of `text` in context (`ü` as `v`), null for non-Han. */
function contextualReadings(text: string): (string | null)[] {
  const chars = Array.from(text)
  const out = pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
  // pinyin-pro returns one entry per Han character and one per run of other characters.
  const result: (string | null)[] = []
  let k = 0
  for (let i = 0; i < chars.length; i++) {
    if (HAN.test(chars[i])) {
      result.push((out[k++] ?? '').toLowerCase().replace(/ü/g, 'v'))
    } else {
      result.push(null)
      while (i + 1 < chars.length && !HAN.test(chars[i + 1])) i++
      k++
    }
  }
  return result
}

function allReadings(char: string): string[] {
  const [list] = polyphonic(char, { toneType: 'none', type: 'array', v: true })
  return Array.from(new Set((list ?? []).map((r) => r.toLowerCase().replace(/ü/g, 'v')))).filter((r) => /^[a-z]+$/.test(r))
}

/** The key terms of a disclosed content text: Han phrases without the boilerplate. */
export function contentPhrases(text: string): string[] {
  let rest = text
  for (const phrase of BOILERPLATE) rest = rest.split(phrase).join('|')
  const phrases: string[] = []
  for (const run of rest.match(HAN_RUN) ?? []) {
    // Split at connectives and prepositions so that lists and clauses give their parts.
    for (const part of run.split(/[和与及或等的在到由对向以为将后时需并从于按至之凭持拿去带]/u)) {
      if (part.length >= 2 && part.length <= MAX_TERM_LENGTH) phrases.push(part)
    }
  }
  return phrases
}

function uniq<T>(list: T[]): T[] {
  return Array.from(new Set(list))
}

/**
 * What an item's disclosed guide says it is about: heading, eligibility, steps and notes. Materials
 * (documents to bring: 营业执照, 结婚证) are left out, since residents looking for those documents
 * look for another service; so are phrases of the text that name a material.
 */
export function aboutText(item: CatalogItem): string | null {
  const guide = item.guide
  if (!guide) return item.raw.content ?? null
  return [guide.heading, guide.eligibility, ...guide.steps, ...guide.notes].filter((t): t is string => !!t).join('\n') || null
}

function materialNames(item: CatalogItem): string[] {
  return (item.guide?.materialGroups ?? []).flatMap((g) => g.materials.map((m) => m.name))
}

/** Which content text an item really owns, and which it shares from another row. */
function contentSources(items: CatalogItem[]): { own: (string | null)[]; ownWeight: (0 | 1)[]; borrowed: number[]; borrowedWeight: (0 | 1)[] } {
  const bySeq = new Map(items.map((item, i) => [item.seq, i]))
  // Shared rows carry no own content; their guide is the holder's.
  const own = items.map((item) => (item.raw.content ? aboutText(item) : null))
  const ownWeight = items.map((item) => (item.guideWrittenFor != null && item.guideWrittenFor !== item.seq ? 0 : 1) as 0 | 1)
  const borrowed = items.map((item) => (item.guideSharedFrom ? bySeq.get(item.guideSharedFrom.seq) ?? -1 : -1))
  // A shared text counts fully unless the importer says it was written for another item.
  const borrowedWeight = items.map((item, i) => (borrowed[i] >= 0 && (item.guideWrittenFor == null || item.guideWrittenFor === item.seq) ? 1 : 0) as 0 | 1)
  return { own, ownWeight, borrowed, borrowedWeight }
}

export function buildSearchIndex(catalog: Catalog, synonyms: SynonymsFile, polyphones: PolyphonesFile, options: BuildOptions): BuildResult {
  const problems: string[] = []
  const terms: string[] = []
  const termIndex = new Map<string, number>()
  const term = (text: string): number => {
    let at = termIndex.get(text)
    if (at === undefined) {
      at = terms.length
      terms.push(text)
      termIndex.set(text, at)
    }
    return at
  }

  // Synonym groups: only entries some catalog text uses become part of the index.
  const entries = synonyms.entries
  const groupOf = new Map<number, number>()
  const groups: number[][] = []
  const group = (entry: number): number => {
    let at = groupOf.get(entry)
    if (at === undefined) {
      at = groups.length
      groups.push(uniq(entries[entry].colloquial).map(term))
      groupOf.set(entry, at)
    }
    return at
  }

  const categories: IndexedCategory[] = catalog.categories.map((category) => {
    const found: number[] = []
    entries.forEach((entry, e) => {
      if (entry.official.some((phrase) => category.name.includes(phrase))) found.push(group(e))
    })
    return [category.id, category.name, uniq(found)]
  })
  const categoryIndex = new Map(catalog.categories.map((c, i) => [c.id, i]))

  // Content phrases, and how many items' content each occurs in.
  const sources = contentSources(catalog.items)
  const phrasesOf = sources.own.map((text, i) => {
    const materials = new Set(materialNames(catalog.items[i]).map((m) => (m.match(HAN_RUN) ?? []).join('')))
    return text ? uniq(contentPhrases(text)).filter((p) => !materials.has(p)) : []
  })
  const documentFrequency = new Map<string, number>()
  const allPhrases = uniq(phrasesOf.flat())
  const contents = sources.own.filter((t): t is string => !!t)
  for (const phrase of allPhrases) documentFrequency.set(phrase, contents.filter((t) => t.includes(phrase)).length)
  const maxDf = Math.max(2, Math.floor(catalog.items.length * MAX_DOCUMENT_SHARE))

  const items: IndexedItem[] = catalog.items.map((item, i) => {
    const titleAliases: number[] = []
    entries.forEach((entry, e) => {
      for (const phrase of entry.official) {
        const at = item.title.indexOf(phrase)
        if (at >= 0) {
          titleAliases.push(group(e), at, at + phrase.length)
          break
        }
      }
    })
    const text = sources.own[i]
    const contentGroups: number[] = []
    if (text) {
      entries.forEach((entry, e) => {
        // Only distinctive phrases: a word most contents use (缴费, 单位) says nothing about the item.
        const distinctive = (phrase: string) => contents.filter((t) => t.includes(phrase)).length <= maxDf
        if (entry.official.some((phrase) => text.includes(phrase) && !item.title.includes(phrase) && distinctive(phrase))) contentGroups.push(group(e))
      })
    }
    // Most distinctive phrases first; phrases the title already holds add nothing.
    const candidates = phrasesOf[i]
      .filter((p) => !item.title.includes(p) && (documentFrequency.get(p) ?? 0) <= maxDf)
      .map((p, order) => ({ p, order, df: documentFrequency.get(p) ?? 1 }))
      .sort((a, b) => a.df - b.df || a.order - b.order)
    const kept: string[] = []
    let budget = MAX_CONTENT_CHARS
    for (const { p } of candidates) {
      if (kept.some((k) => k.includes(p))) continue
      if (p.length > budget) continue
      kept.push(p)
      budget -= p.length
    }
    // Keep the disclosed order so the file reads naturally.
    const contentTerms = phrasesOf[i].filter((p) => kept.includes(p)).filter((p, k, a) => a.indexOf(p) === k).map(term)
    return [
      item.id,
      item.seq,
      item.title,
      categoryIndex.get(item.categoryId) ?? 0,
      titleAliases,
      contentTerms,
      uniq(contentGroups),
      sources.ownWeight[i],
      sources.borrowed[i],
      sources.borrowedWeight[i],
    ]
  })

  // Pinyin of every Han character of the indexed text, with the reviewed polyphone readings.
  const fillers = uniq(synonyms.fillers.words)
  const texts: string[] = [
    ...items.map((it) => it[2]),
    ...categories.map((c) => c[1]),
    ...terms,
  ]
  const contextual = new Map<string, Set<string>>()
  const seen = new Map<string, string[]>()
  for (const text of texts) {
    const chars = Array.from(text)
    const readings = contextualReadings(text)
    chars.forEach((char, k) => {
      const reading = readings[k]
      if (reading === null || reading === undefined || !/^[a-z]+$/.test(reading)) return
      let set = contextual.get(char)
      if (!set) contextual.set(char, (set = new Set()))
      set.add(reading)
      const where = seen.get(char) ?? []
      if (where.length < 6 && !where.includes(text)) where.push(text)
      seen.set(char, where)
    })
  }
  const chars = Array.from(contextual.keys()).sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
  const findings: PolyphoneFinding[] = []
  const finalReadings = new Map<string, string[]>()
  for (const char of chars) {
    const context = Array.from(contextual.get(char)!).sort()
    const all = allReadings(char)
    const reviewed = polyphones.chars[char]
    if (all.length > 1) findings.push({ char, contextual: context, all, seen: seen.get(char) ?? [] })
    if (reviewed) {
      for (const r of context) {
        if (!reviewed.readings.includes(r) && !(reviewed.rejected && r in reviewed.rejected)) {
          problems.push(`polyphone ${char}: contextual reading "${r}" (in ${(seen.get(char) ?? []).join('、')}) is neither listed nor rejected in data/search/polyphones.json`)
        }
      }
      finalReadings.set(char, reviewed.readings.slice())
    } else {
      if (all.length > 1) {
        problems.push(`polyphone ${char} (${all.join('/')}) is not reviewed in data/search/polyphones.json; seen in ${(seen.get(char) ?? []).join('、')}`)
      }
      finalReadings.set(char, context)
    }
  }
  for (const char of Object.keys(polyphones.chars)) {
    if (!contextual.has(char) && options.strictPolyphones) problems.push(`polyphone ${char} is reviewed but no indexed text uses it; remove the entry`)
  }

  const syllables = uniq(Array.from(finalReadings.values()).flat()).sort()
  const syllableIndex = new Map(syllables.map((s, i) => [s, i]))
  const readings = chars.map((char) => finalReadings.get(char)!.map((r) => syllableIndex.get(r)!.toString(36)).join(',')).join(' ')

  const index: SearchIndexFile = {
    v: SEARCH_INDEX_VERSION,
    syllables: syllables.join(' '),
    chars: chars.join(''),
    readings,
    terms,
    groups,
    fillers,
    fillerPinyin: uniq(fillers.filter((w) => w.length >= 2).map((w) => contextualReadings(w).join(''))).sort(),
    categories,
    items,
  }
  return { index, polyphones: findings, problems: options.strictPolyphones ? problems : [] }
}

/**
 * Deterministic text of the shipped index (ids and titles left to the catalog, see
 * packSearchIndex): one item per line so that reviews read as diffs.
 */
export function serializeSearchIndex(full: SearchIndexFile): string {
  const index = packSearchIndex(full)
  const line = (value: unknown) => JSON.stringify(value)
  const list = (values: unknown[]) => (values.length ? `[\n    ${values.map(line).join(',\n    ')}\n  ]` : '[]')
  return [
    '{',
    `  "v": ${line(index.v)},`,
    `  "syllables": ${line(index.syllables)},`,
    `  "chars": ${line(index.chars)},`,
    `  "readings": ${line(index.readings)},`,
    `  "terms": ${line(index.terms)},`,
    `  "groups": ${line(index.groups)},`,
    `  "fillers": ${line(index.fillers)},`,
    `  "fillerPinyin": ${line(index.fillerPinyin)},`,
    `  "categories": ${list(index.categories)},`,
    `  "items": ${list(index.items)}`,
    '}',
    '',
  ].join('\n')
}
