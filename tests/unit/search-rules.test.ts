/**
 * Unit cases for the search rules: query normalisation, every reviewed synonym (Chinese, full
 * pinyin, initials), the polyphone readings, ranking tiers, highlights, AND of query parts, typos.
 */
import { pinyin } from 'pinyin-pro'
import type { Catalog } from '../../src/data/catalog-types'
import { DEFAULT_CATALOG, loadSearchData, readJson } from '../../scripts/build-search-index'
import { aboutText } from '../../scripts/search-index/build'
import { parseQuery, search, type SearchHit } from '../../src/services/search'

const { synonyms, polyphones } = loadSearchData()
const catalog = readJson<Catalog>(DEFAULT_CATALOG)
const titles = (hits: SearchHit[]) => hits.map((h) => h.title)
const top = (q: string, k = 3) => titles(search(q, 10).slice(0, k))
const fullPinyin = (word: string) => pinyin(word, { toneType: 'none', type: 'array', v: true }).join('')
const initials = (word: string) => pinyin(word, { toneType: 'none', type: 'array', v: true }).map((s) => s[0]).join('')

describe('query normalisation', () => {
  it('folds full-width, case, spaces and punctuation, and splits Chinese from latin', () => {
    expect(parseQuery('ＳＢＫ　挂失')).toEqual([{ text: 'sbk', latin: true }, { text: '挂失', latin: false }])
    expect(parseQuery('sbk挂失')).toEqual([{ text: 'sbk', latin: true }, { text: '挂失', latin: false }])
    expect(parseQuery('  SheBaoKa, GuaShi!! ')).toEqual([{ text: 'shebaoka', latin: true }, { text: 'guashi', latin: true }])
    expect(parseQuery("xi'an lü")).toEqual([{ text: 'xian', latin: true }, { text: 'lv', latin: true }])
    expect(parseQuery('东部7省（市）')).toEqual([{ text: '东部7省', latin: false }, { text: '市', latin: false }])
    expect(parseQuery('%<script>.*')).toEqual([{ text: 'script', latin: true }])
  })

  it('finds the same for half- and full-width, upper and lower case', () => {
    expect(titles(search('ＳＨＥＢＡＯＫＡ　ＧＵＡＳＨＩ'))).toEqual(titles(search('shebaoka guashi')))
    expect(titles(search('SBK挂失'))).toEqual(titles(search('sbk 挂失')))
  })
})

describe('ranking', () => {
  it('puts the exact title first, with the whole title highlighted', () => {
    for (const item of catalog.items) {
      const [hit] = search(item.title, 3)
      expect(hit.id).toBe(item.id)
    }
    const [hit] = search('失业保险金申领')
    expect(hit.titleHighlights).toEqual([[0, 7]])
  })

  it('ranks title matches above alias matches above content matches', () => {
    // 挂失 is in one title; 社保卡 is an alias of every card title.
    expect(top('挂失', 1)).toEqual(['社会保障卡挂失与解挂'])
    const hits = search('退休', 10)
    expect(hits[0].title).toContain('退休')
  })

  it('requires every part of a query (AND)', () => {
    expect(search('社保卡 驾驶证')).toEqual([])
    expect(search('shebaoka qwerty')).toEqual([])
    expect(top('shebaoka guashi', 1)).toEqual(['社会保障卡挂失与解挂'])
  })

  it('finds items without content by title (gaps)', () => {
    for (const item of catalog.items.filter((i) => !i.raw.content)) {
      expect(search(item.title, 3).map((h) => h.id)).toContain(item.id)
    }
  })

  it('weighs content shared from another item low', () => {
    // 34's guide is shared by 36–40 only as a merged cell: its words must not rank them like 34.
    const hits = search('营业执照 工伤', 10)
    const rank = (seq: number) => hits.findIndex((h) => h.seq === seq)
    for (const seq of [36, 37, 38, 39, 40]) if (rank(seq) >= 0) expect(rank(seq)).toBeGreaterThan(rank(34))
  })

  it('maps pinyin and initials matches back to title characters', () => {
    const [hit] = search('tuixiu')
    expect(hit.title.slice(hit.titleHighlights[0][0], hit.titleHighlights[0][1])).toBe('退休')
    const [card] = search('sbkgs')
    expect(card.title).toBe('社会保障卡挂失与解挂')
    // 社保卡 stands for 社会保障卡, 挂失 is matched by its initials.
    expect(card.titleHighlights).toEqual([[0, 7]])
  })
})

describe('pinyin typos', () => {
  it.each([
    ['shebaoak', '社会保障卡'], // swapped letters
    ['shebaoka guasi', '挂失'], // missing letter
    ['tuixiushenqin', '退休'], // missing final letter
    ['shiyebaoxain', '失业保险'], // swapped letters
    ['shiiyebaoxian', '失业保险'], // extra letter
    ['yanglaojing', '养老'], // extra letter
  ])('%s finds %s', (q, fragment) => {
    expect(top(q, 3).some((t) => t.includes(fragment))).toBe(true)
  })

  it('does not tolerate typos in short tokens or junk', () => {
    for (const q of ['qwerty', 'zzzzzz', 'asdfgh', 'xyz', 'aaaa', 'qqq']) expect(search(q)).toEqual([])
    // One letter is the start of typing: titles starting with it.
    expect(search('q').every((h) => h.title.startsWith('企'))).toBe(true)
  })
})

describe('unrelated services find nothing', () => {
  it.each(['驾驶证', '护照', '结婚登记', '公积金', '房产证', '个税', '怎么办', '我的', 'qwerty'])('%s', (q) => {
    expect(search(q)).toEqual([])
  })
})

const inSomeTitle = (official: string[]) => catalog.items.some((i) => official.some((o) => i.title.includes(o)))

/** Items a synonym entry stands for: official phrase in the title, else in category or content. */
function itemsFor(official: string[]): Set<string> {
  const inTitle = catalog.items.filter((i) => official.some((o) => i.title.includes(o)))
  if (inTitle.length) return new Set(inTitle.map((i) => i.id))
  const categories = new Set(catalog.categories.filter((c) => official.some((o) => c.name.includes(o))).map((c) => c.id))
  return new Set(
    catalog.items.filter((i) => categories.has(i.categoryId) || official.some((o) => (aboutText(i) ?? '').includes(o))).map((i) => i.id),
  )
}

describe('synonyms: every colloquial word finds what it stands for', () => {
  const cases = synonyms.entries.flatMap((entry) => {
    const expected = itemsFor(entry.official)
    const titled = inSomeTitle(entry.official)
    return expected.size ? entry.colloquial.map((word) => ({ word, expected, titled, official: entry.official.join('/') })) : []
  })

  it.each(cases)('$word → $official', ({ word, expected }) => {
    expect(search(word, 10).some((h) => expected.has(h.id))).toBe(true)
  })

  it.each(cases.filter((c) => c.word.length >= 2))('$word in full pinyin → $official', ({ word, expected }) => {
    expect(search(fullPinyin(word), 10).some((h) => expected.has(h.id))).toBe(true)
  })

  // Initials match titles, title aliases and categories only (in content they would match anything).
  it.each(cases.filter((c) => c.word.length >= 3 && c.titled))('$word in initials → $official', ({ word, expected }) => {
    expect(search(initials(word), 10).some((h) => expected.has(h.id))).toBe(true)
  })

  it('is used: every entry matches some catalog text', () => {
    const unused = synonyms.entries.filter((e) => itemsFor(e.official).size === 0).map((e) => e.official.join('/'))
    expect(unused).toEqual([])
  })

  it('ignores fillers around real terms, never alone', () => {
    expect(top('我的社保卡丢了怎么办', 1)).toEqual(['社会保障卡挂失与解挂'])
    expect(top('请问失业金在哪里领', 1)).toEqual(['失业保险金申领'])
    for (const word of synonyms.fillers.words) expect(search(word).every((h) => h.title.includes(word))).toBe(true)
  })
})

describe('polyphones: every reviewed reading finds the words it is reviewed for', () => {
  // For each reviewed character, the shortest title using it; its pinyin with each reviewed reading.
  const cases = Object.entries(polyphones.chars).flatMap(([char, entry]) => {
    const item = catalog.items.filter((i) => i.title.includes(char)).sort((a, b) => a.title.length - b.title.length)[0]
    if (!item) return []
    const word = Array.from(item.title).filter((c) => /[\u4e00-\u9fff0-9]/.test(c)).join('').slice(0, 10)
    return entry.readings.map((reading) => ({ char, reading, word, id: item.id }))
  })

  it.each(cases)('$char read $reading in $word', ({ char, reading, word, id }) => {
    const syllables = pinyin(word, { toneType: 'none', type: 'array', v: true })
    const q = Array.from(word)
      .map((c, k) => (c === char ? reading : syllables[k]))
      .join('')
    expect(search(q, 5).map((h) => h.id)).toContain(id)
  })

  it.each([
    ['chongzhi', '社会保障卡密码修改与重置'], // 重置: chóng, which pinyin-pro misreads as zhòng
    ['duochong', '多重养老保险关系个人账户退费'],
    ['zhongyao tiaokuan', '企业年金方案重要条款变更备案'],
    ['yinhang', '社会保障卡启用（含社会保障卡银行账户激活）'],
    ['yanchang', '工伤康复治疗期延长申请'],
    ['danwei canbao', '单位参保证明查询打印'],
    ['shehui baoxian dengji', '机关事业单位社会保险登记'],
    ['gongshangbaoxian daiyu', '工伤保险待遇变更'],
  ])('%s finds %s', (q, title) => {
    expect(top(q, 5)).toContain(title)
  })
})
