/**
 * Search relevance on the real catalog: the public query set and our own extra set must both pass
 * completely. Neither is special-cased anywhere: an unseen set of the same kind judges the search.
 */
import path from 'node:path'
import { judge, parseRelevanceFile, type RelevanceCase } from '../../scripts/search-index/queries'
import { search } from '../../src/services/search'

const FIXTURES = path.resolve(__dirname, '../fixtures')

function failures(cases: RelevanceCase[]): string[] {
  return cases
    .filter((c) => !judge(c, search(c.query, 10)))
    .map((c) => `line ${c.line}: "${c.query}" (top ${c.k}: ${c.expected.join('|') || 'nothing'}) got ${JSON.stringify(search(c.query, 10).slice(0, Math.max(3, c.k)).map((h) => h.title))}`)
}

describe.each([
  ['public set', 'search-queries.tsv', 40],
  ['extra set', 'search-queries-extra.tsv', 40],
])('search relevance: %s', (_name, file, minimum) => {
  const cases = parseRelevanceFile(path.join(FIXTURES, file))

  it(`has at least ${minimum} cases, including some that must find nothing`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(minimum)
    expect(cases.some((c) => c.expected.length === 0)).toBe(true)
  })

  it('passes every case (100%)', () => {
    expect(failures(cases)).toEqual([])
  })
})
