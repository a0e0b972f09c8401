/**
 * Materials: a labelled block of text → groups of individual documents.
 *
 * Rules (in order):
 *  M1. Entries: the text is split into lines and at numbering (1. 1、 一、 ①
 *      （1）) that follows a separator. A line without numbering that follows a
 *      numbered entry continues it, unless it is a group heading (M2).
 *  M2. Group headings: an unnumbered line that ends with a colon and is
 *      followed by numbered entries (工伤资料：), or a short unnumbered first
 *      line without separators followed by numbered entries (住院票据). An entry
 *      of the form "WHO应持 …" (item 23) is a group titled WHO.
 *  M3. Documents: an entry is split at 、 ； ; 。 ， , line breaks, 》《 and
 *      spaces between two ideographs, never inside 《》, parentheses or quotes.
 *      A fragment that is only a remark (（盖单位章）, 原件1份, 验原件, 盖章 …)
 *      belongs to the document before it; so does an example introduced by 如：.
 *      "殡仪馆、公墓出具的…" stays one document (an issuer list before 出具).
 *  M4. Counts: 原件N份/原件N → originals N; 复印件N份/复印件N → copies N;
 *      原件及复印件N份 → 1 + N; 原件及复印件 (no number) → 1 + 1; …各N份 → N
 *      (+ N originals when 原件 is named too); 一式N份 → N originals (a form
 *      filled in N times); 验原件 → 1 original; a bare 原件 or 复印件 → 1. A
 *      parenthesis holding only counts （原件1份，复印件2份） gives the counts
 *      when the text outside it does not.
 *  M5. Shared counts: in a numbered entry that lists several documents with 、
 *      only the last of which states counts (死亡人身份证复印件、死亡人户口本复印件3份),
 *      or in any list ending in 各N份, the documents without explicit counts
 *      take the stated counts.
 */
import type { Material, MaterialGroup } from '../../src/data/catalog-types'
import { cleanValue, depthMap, hasLeadingNumbering, parseCount, splitNumbered, stripNumbering } from './text'

export interface MaterialSection {
  /** Title from a group label such as 土葬待遇材料; null for 申请材料 etc. */
  title: string | null
  text: string
}

interface Entry {
  numbered: boolean
  text: string
}

interface ParsedMaterial extends Material {
  explicit: boolean
}

export function parseMaterials(sections: MaterialSection[]): MaterialGroup[] {
  const groups: MaterialGroup[] = []
  const groupFor = (title: string | null): MaterialGroup => {
    const last = groups[groups.length - 1]
    if (last && last.title === title && title !== null) return last
    const g: MaterialGroup = { title, materials: [] }
    groups.push(g)
    return g
  }

  for (const section of sections) {
    let current: MaterialGroup | null = null
    const ensure = (): MaterialGroup => (current = current ?? groupFor(section.title))
    const tokens = splitNumbered(section.text)
    const entries: Array<{ heading: string } | Entry> = []
    tokens.forEach((token, k) => {
      const numbered = hasLeadingNumbering(token)
      const nextNumbered = k + 1 < tokens.length && hasLeadingNumbering(tokens[k + 1])
      if (!numbered && nextNumbered) {
        const colon = /[：:]$/.test(token)
        const shortTitle = k === 0 && token.length <= 12 && !/[、，,；;。]/.test(token)
        if (colon || shortTitle) {
          entries.push({ heading: cleanValue(token) })
          return
        }
      }
      const prev = entries[entries.length - 1]
      if (!numbered && prev && 'numbered' in prev && prev.numbered) {
        prev.text += '\n' + token
        return
      }
      entries.push({ numbered, text: stripNumbering(token) })
    })

    for (const entry of entries) {
      if ('heading' in entry) {
        current = { title: entry.heading, materials: [] }
        groups.push(current)
        continue
      }
      const who = /^([^，、；。,;\s]{1,12}?)应持/.exec(entry.text)
      if (who) {
        const g: MaterialGroup = { title: who[1], materials: [] }
        groups.push(g)
        g.materials.push(...parseEntry({ numbered: entry.numbered, text: entry.text.slice(who[0].length) }))
        current = g
        continue
      }
      ensure().materials.push(...parseEntry(entry))
    }
  }
  return groups.filter((g) => g.materials.length > 0)
}

interface Fragment {
  text: string
  /** Separator before this fragment ('' for the first). */
  sep: string
}

const SEPARATORS = new Set(['、', '；', ';', '。', '，', ',', '\n'])
const IDEOGRAPH = /[\u4e00-\u9fff《》]/

function splitFragments(text: string): Fragment[] {
  const depth = depthMap(text)
  const out: Fragment[] = []
  let buf = ''
  let sep = ''
  const flush = (nextSep: string): void => {
    out.push({ text: buf.trim(), sep })
    buf = ''
    sep = nextSep
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (depth[i] === 0 && SEPARATORS.has(ch)) {
      flush(ch)
      continue
    }
    if (depth[i] === 0 && /\s/.test(ch)) {
      // Spaces between two ideographs separate documents (身份证 银行卡原件).
      let j = i
      while (j < text.length && /[ \t]/.test(text[j])) j++
      const before = buf.trim().slice(-1)
      if (before && IDEOGRAPH.test(before) && j < text.length && IDEOGRAPH.test(text[j]) && depth[j] === 0) {
        flush(' ')
        i = j - 1
        continue
      }
    }
    if (ch === '《' && depth[i] === 0 && buf.trim().endsWith('》')) flush('')
    buf += ch
  }
  flush('')
  return out.filter((f) => f.text !== '')
}

const REMARK_START = /^(?:[（(]|原件|复印件|验原件|一式|盖章|签字|必须|各|\d+份|[一两二三四五]份|及电子版)/
const ISSUER_END = /(?:馆|院|局|所|墓|站|中心|机构|部门|单位)$/

function parseEntry(entry: Entry): Material[] {
  // A conditional requirement (如有名字、头像变更需提供…) is one document.
  const fragments = /^如有/.test(entry.text) ? [{ text: cleanValue(entry.text), sep: '' }] : splitFragments(entry.text)
  const docs: Array<{ text: string; examples: string[]; sep: string }> = []
  for (const f of fragments) {
    const prev = docs[docs.length - 1]
    if (prev && REMARK_START.test(f.text)) {
      prev.text += (f.sep === '\n' ? '' : f.sep) + f.text
      continue
    }
    if (prev && /^如[：:]/.test(f.text)) {
      prev.examples.push(f.text)
      continue
    }
    if (prev && f.sep === '、' && ISSUER_END.test(prev.text) && f.text.includes('出具')) {
      prev.text += '、' + f.text
      continue
    }
    docs.push({ text: f.text, examples: [], sep: f.sep })
  }

  const materials: ParsedMaterial[] = docs.map((d) => {
    const m = parseMaterial(d.text)
    const fullText = [d.text, ...d.examples].join('。')
    const examples = d.examples.map((e) => cleanValue(e))
    const note = [...examples, ...(m.note ? [m.note] : [])].join('；') || null
    if (d.examples.length > 0 && !m.explicit) {
      // Counts stated at the end of an example sentence (…复印件各3份).
      const fromExamples = parseMaterial(d.examples.join('。'))
      if (fromExamples.explicit) {
        m.originals = fromExamples.originals
        m.copies = fromExamples.copies
        m.explicit = true
      }
    }
    return { ...m, note, text: cleanValue(fullText, true) }
  })

  // M5: shared counts.
  const last = materials[materials.length - 1]
  if (last && last.explicit && materials.length > 1) {
    const each = /各(?:一式)?(?:\d+|[一两二三四五])份/.test(last.text)
    const commaList = docs.slice(1).every((d) => d.sep === '、')
    if (each || (entry.numbered && commaList)) {
      for (const m of materials.slice(0, -1)) {
        if (m.explicit) continue
        m.originals = last.originals ?? (each ? null : m.originals)
        m.copies = last.copies
        if (each && last.originals !== null) m.originals = last.originals
      }
    }
  }
  return materials.map(({ explicit: _explicit, ...m }) => m)
}

const N = '(\\d+|[一两二三四五])'

interface CountRule {
  re: RegExp
  apply: (m: RegExpExecArray) => { originals?: number; copies?: number }
}

/** Ordered: the first rules consume the longer expressions. */
const COUNT_RULES: CountRule[] = [
  { re: new RegExp(`原件${N}份?[，,、\\s]*复印件${N}份?`), apply: (m) => ({ originals: parseCount(m[1]), copies: parseCount(m[2]) }) },
  { re: new RegExp(`原件(?:及|和|与)复印件各(?:一式)?${N}份`), apply: (m) => ({ originals: parseCount(m[1]), copies: parseCount(m[1]) }) },
  { re: new RegExp(`原件(?:及|和|与)复印件${N}份?`), apply: (m) => ({ originals: 1, copies: parseCount(m[1]) }) },
  { re: /原件(?:及|和|与)复印件/, apply: () => ({ originals: 1, copies: 1 }) },
  { re: /验原件/, apply: () => ({ originals: 1 }) },
  { re: new RegExp(`复印件各?(?:一式)?${N}份?`), apply: (m) => ({ copies: parseCount(m[1]) }) },
  { re: new RegExp(`原件${N}份?`), apply: (m) => ({ originals: parseCount(m[1]) }) },
  { re: new RegExp(`一式${N}份`), apply: (m) => ({ originals: parseCount(m[1]) }) },
  { re: new RegExp(`复印[^件，。；]{0,10}?${N}份`), apply: (m) => ({ copies: parseCount(m[1]) }) },
  { re: /原件/, apply: () => ({ originals: 1 }) },
  { re: /复印件/, apply: () => ({ copies: 1 }) },
]

const PURE_COUNT = new RegExp(`^(?:原件${N}份?|复印件${N}份?)(?:[，,、\\s]*(?:原件${N}份?|复印件${N}份?))*$`)

/** Counts, name and note of one document (rule M4). */
export function parseMaterial(text: string): ParsedMaterial {
  let work = cleanValue(stripNumbering(text))
  // Mask top-level parentheses so counts inside remarks are not read.
  const parens: string[] = []
  const depth = depthMap(work)
  let masked = ''
  for (let i = 0; i < work.length; i++) {
    const ch = work[i]
    if (depth[i] === 0 && (ch === '（' || ch === '(')) {
      let j = i + 1
      while (j < work.length && depth[j] > 0) j++
      // j is the index of the closing bracket (depth 0) or the end.
      const inner = work.slice(i, Math.min(j + 1, work.length))
      masked += String.fromCharCode(0xe000 + parens.length)
      parens.push(inner)
      i = j
      continue
    }
    masked += ch
  }
  work = masked

  let originals: number | null = null
  let copies: number | null = null
  let explicit = false
  const notes: string[] = []

  // A tail after the first comma that is only remarks (，盖章，签字) or counts.
  const comma = work.search(/[，,：:]/)
  let tail = ''
  if (comma > 0 && REMARK_START.test(work.slice(comma + 1).trim())) {
    tail = work.slice(comma + 1)
    work = work.slice(0, comma)
  }

  const consume = (source: string): string => {
    let rest = source
    for (const rule of COUNT_RULES) {
      const m = rule.re.exec(rest)
      if (!m) continue
      const r = rule.apply(m)
      if (r.originals !== undefined && originals === null) originals = r.originals
      if (r.copies !== undefined && copies === null) copies = r.copies
      if (/\d|[一两二三四五]/.test(m[0]) || /及|和|与|验/.test(m[0])) explicit = true
      rest = rest.slice(0, m.index) + rest.slice(m.index + m[0].length)
    }
    return rest
  }
  work = consume(work)
  tail = consume(tail)

  // Parentheses: counts-only ones give counts when none were stated outside.
  const takeCounts = (body: string): boolean => {
    if (!PURE_COUNT.test(body)) return false
    if (originals === null && copies === null) {
      consume(body)
      explicit = true
    }
    return true
  }
  const unmask = (s: string): string =>
    s.replace(/[\ue000-\ue0ff]/g, (c) => {
      const inner = parens[c.charCodeAt(0) - 0xe000]
      return takeCounts(inner.slice(1, -1).trim()) ? '' : inner
    })

  let name = work.trim()
  // Trailing parentheses are remarks; inner ones belong to the name (离退休（职）人员…).
  while (/[\ue000-\ue0ff][\s，,]*$/.test(name)) {
    const c = name.replace(/[\s，,]*$/, '').slice(-1)
    name = name.replace(/[\s，,]*$/, '').slice(0, -1).trimEnd()
    const inner = parens[c.charCodeAt(0) - 0xe000]
    const body = inner.slice(1, -1).trim()
    if (!takeCounts(body)) notes.unshift(cleanValue(body))
  }
  name = unmask(name)
  name = cleanValue(name).replace(/^(?:需?提供|携带)/, '')
  // A bare count left in the name (死亡销户证明3份, 劳动用工合同书1) becomes a note.
  const bare = /(?:\d+份?|[一两二三四五]份)$/.exec(name)
  if (bare && bare.index > 0 && !/[\d《》]/.test(name[bare.index - 1])) {
    notes.unshift(`共${bare[0].replace(/份$/, '')}份`)
    name = name.slice(0, bare.index)
  }
  const tailText = cleanValue(unmask(tail).replace(/^[\s，,：:]+/, ''))
  if (tailText) notes.push(tailText)
  // Everything after the closing remark parens, e.g. "（盖单位章）" attached by M3.
  return {
    name: name || cleanValue(unmask(masked)),
    originals,
    copies,
    note: notes.filter((n) => n !== '').join('；') || null,
    text: cleanValue(stripNumbering(text), true),
    explicit,
  }
}

