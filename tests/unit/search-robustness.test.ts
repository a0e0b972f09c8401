/**
 * Search never throws and always answers with a sane shape, for any input: 10,000 random and
 * hostile queries (empty, whitespace, 10,000 characters, emoji, lone surrogates, regex
 * metacharacters, %, HTML and script text, every ASCII punctuation character).
 */
import { catalog } from '../../src/data/catalog'
import { createSearch, MAX_LIMIT, parseQuery, search, type SearchHit } from '../../src/services/search'
import { searchIndex } from '../../src/data/search-index'
// Deterministic PRNG (mulberry32), so a failure can be replayed.
import { random } from '../../scripts/synthetic-catalog'

const ids = new Set(catalog.items.map((i) => i.id))
const titles = new Map(catalog.items.map((i) => [i.id, i.title]))

const PUNCTUATION = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).filter((c) => /[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c))
const FIXED = [
  '', ' ', '   ', '\t\n\r', '\u3000', '\u0000', '\uffff', '\ufeff',
  'a'.repeat(10000), '社'.repeat(10000), '😀'.repeat(5000), 'sbk'.repeat(3334),
  '😀', '👨‍👩‍👧', '\ud800', '\udc00', 'a\ud800b', '\udfff\ud800', '社保\ud83d',
  '.*', '(', ')', '[', ']', '{', '}', '\\', '^$', '+?', '|', '(?<x>a)\\k<x>', '[^]', '(a+)+$',
  '%', '%%', '%s', '%d', '%00', '%E7%A4%BE', '100%',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&lt;b&gt;', '"\'`', "'; DROP TABLE items; --",
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'undefined', 'null', 'NaN',
  ...PUNCTUATION, PUNCTUATION.join(''), PUNCTUATION.join(' '),
  'ｓｂｋ', 'ＳＨＥＢＡＯＫＡ', '社保卡！！！', '——', '……', '「社保卡」', 'ü', 'lü', "xi'an", 'sbk挂失😀',
]

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'社会保障卡挂失解挂养老金失业工伤报销退休申请补换密码的了吗',
  ...PUNCTUATION, ' ', '\u3000', '\t', '😀', '\ud800', '\udc00', '\u0301', '\u200b', 'é', 'ß', 'İ', 'ﬁ', '①', '㈠',
]

function randomQuery(next: () => number): string {
  const kind = next()
  if (kind < 0.05) return String.fromCharCode(...Array.from({ length: Math.floor(next() * 40) }, () => Math.floor(next() * 65536)))
  const length = kind < 0.1 ? Math.floor(next() * 2000) : Math.floor(next() * 24)
  let q = ''
  for (let i = 0; i < length; i++) q += ALPHABET[Math.floor(next() * ALPHABET.length)]
  return q
}

function checkShape(hits: SearchHit[], limit: number) {
  expect(Array.isArray(hits)).toBe(true)
  expect(hits.length).toBeLessThanOrEqual(limit)
  const seen = new Set<string>()
  let previous = Infinity
  for (const hit of hits) {
    expect(ids.has(hit.id)).toBe(true)
    expect(seen.has(hit.id)).toBe(false)
    seen.add(hit.id)
    expect(hit.title).toBe(titles.get(hit.id))
    expect(typeof hit.score).toBe('number')
    expect(Number.isFinite(hit.score)).toBe(true)
    expect(hit.score).toBeLessThanOrEqual(previous)
    previous = hit.score
    let end = 0
    for (const [a, b] of hit.titleHighlights) {
      expect(Number.isInteger(a) && Number.isInteger(b)).toBe(true)
      expect(a).toBeGreaterThanOrEqual(end)
      expect(b).toBeGreaterThan(a)
      expect(b).toBeLessThanOrEqual(hit.title.length)
      end = b
    }
  }
}

describe('search robustness', () => {
  it('answers every fixed hostile query without throwing', () => {
    for (const q of FIXED) {
      for (const limit of [10, 1, 3]) checkShape(search(q, limit), limit)
    }
  })

  it('answers 10,000 random queries without throwing, with a sane shape', () => {
    const next = random(12333)
    const limits = [10, 1, 5, 20]
    for (let i = 0; i < 10000; i++) {
      const q = randomQuery(next)
      const limit = limits[i % limits.length]
      let hits: SearchHit[] = []
      expect(() => (hits = search(q, limit))).not.toThrow()
      checkShape(hits, limit)
    }
  })

  it('treats odd limits safely', () => {
    expect(search('社保卡', 0)).toEqual([])
    expect(search('社保卡', -5)).toEqual([])
    checkShape(search('社保卡', NaN), 10)
    checkShape(search('社保卡', Infinity), 10)
    checkShape(search('社保卡', 2.7), 2)
    checkShape(search('社保卡', 1e9), MAX_LIMIT)
    expect(search('社保卡').length).toBeLessThanOrEqual(10)
  })

  it('accepts non-string input from untyped callers', () => {
    const s = createSearch(searchIndex)
    for (const q of [undefined, null, 42, {}, [], Symbol('x')] as unknown[]) {
      expect(s.search(q as string)).toEqual([])
    }
  })

  it('caps the query length internally', () => {
    const parts = parseQuery('社保卡'.repeat(10000))
    expect(parts.reduce((n, p) => n + p.text.length, 0)).toBeLessThanOrEqual(32)
  })

  it('survives a broken index without throwing', () => {
    const broken = createSearch({ ...searchIndex, readings: '', syllables: '', items: searchIndex.items.slice(0, 3) })
    expect(() => broken.search('shebaoka')).not.toThrow()
    const empty = createSearch({ ...searchIndex, items: [], terms: [], groups: [], categories: [] })
    expect(empty.search('社保卡')).toEqual([])
  })
})
