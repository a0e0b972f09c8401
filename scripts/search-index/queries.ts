/**
 * Relevance query sets (tests/fixtures/search-queries*.tsv): how residents type, and what they must
 * find. Line format: query<TAB>k<TAB>title fragments separated by '|', any of which must appear in a
 * title among the top k hits; '-' with k = 0 means no hit at all. '#' lines are comments.
 */
import fs from 'node:fs'

export interface RelevanceCase {
  line: number
  query: string
  k: number
  /** Empty when nothing may be found. */
  expected: string[]
}

export interface HitLike {
  title: string
}

export function parseRelevanceFile(file: string): RelevanceCase[] {
  const cases: RelevanceCase[] = []
  fs.readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (!raw.trim() || raw.startsWith('#')) return
      const [query, k, expected] = raw.split('\t')
      if (query === undefined || k === undefined || expected === undefined) throw new Error(`${file}:${i + 1}: expected 3 tab-separated columns`)
      cases.push({
        line: i + 1,
        query,
        k: Number(k),
        expected: expected.trim() === '-' ? [] : expected.split('|').map((s) => s.trim()).filter(Boolean),
      })
    })
  return cases
}

/** True when the hits satisfy the case. */
export function judge(c: RelevanceCase, hits: HitLike[]): boolean {
  if (c.expected.length === 0) return hits.length === 0
  return hits.slice(0, c.k).some((h) => c.expected.some((fragment) => h.title.includes(fragment)))
}
