/**
 * Search benchmark (never a test assertion): per-query latency over the relevance queries on the
 * real catalog and on a synthetic catalog of 10,000 items recombined from the real vocabulary,
 * plus index build time and index size.
 *
 *   tsx scripts/bench-search.ts [--items 10000] [--rounds 20]
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Catalog } from '../src/data/catalog-types'
import { unpackSearchIndex, type ShippedSearchIndex } from '../src/data/search-index-types'
import { createSearch } from '../src/services/search'
import { DEFAULT_CATALOG, loadSearchData, readJson, ROOT } from './build-search-index'
import { buildSearchIndex, serializeSearchIndex } from './search-index/build'
import { parseRelevanceFile } from './search-index/queries'
import { syntheticCatalog } from './synthetic-catalog'

const QUERY_FILES = ['tests/fixtures/search-queries.tsv', 'tests/fixtures/search-queries-extra.tsv']

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
}

interface Row {
  catalog: string
  items: number
  buildMs: number
  indexKB: number
  initMs: number
  medianMs: number
  p95Ms: number
}

function measure(label: string, catalog: Catalog, queries: string[], rounds: number): Row {
  const { synonyms, polyphones } = loadSearchData()
  const t0 = performance.now()
  const { index } = buildSearchIndex(catalog, synonyms, polyphones, { strictPolyphones: false })
  const text = serializeSearchIndex(index)
  const buildMs = performance.now() - t0
  const t1 = performance.now()
  // As on the phone: parse the shipped text and take ids and titles from the catalog.
  const searcher = createSearch(unpackSearchIndex(JSON.parse(text) as ShippedSearchIndex, catalog.items))
  searcher.search('社保卡') // builds the runtime structures
  const initMs = performance.now() - t1
  for (const q of queries) searcher.search(q) // warm-up (JIT, lazy fuse index)
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const start = performance.now()
      searcher.search(q)
      times.push(performance.now() - start)
    }
  }
  times.sort((a, b) => a - b)
  return {
    catalog: label,
    items: catalog.items.length,
    buildMs,
    indexKB: Buffer.byteLength(text) / 1024,
    initMs,
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
  }
}

function main(argv: string[]) {
  const option = (name: string, fallback: number) => {
    const at = argv.indexOf(name)
    return at >= 0 ? Number(argv[at + 1]) : fallback
  }
  const count = option('--items', 10000)
  const rounds = option('--rounds', 20)
  const queries = QUERY_FILES.flatMap((f) => parseRelevanceFile(path.join(ROOT, f)).map((c) => c.query))
  const real = readJson<Catalog>(DEFAULT_CATALOG)
  const rows = [measure('real', real, queries, rounds), measure(`synthetic`, syntheticCatalog(real, count), queries, Math.max(1, Math.ceil(rounds / 4)))]
  const shipped = path.join(ROOT, 'src/data/search-index.json')
  console.log(`search benchmark: ${queries.length} relevance queries, node ${process.version}`)
  console.log('catalog      items   build ms   index KB   init ms   median ms   p95 ms')
  for (const r of rows) {
    console.log(
      `${r.catalog.padEnd(10)} ${String(r.items).padStart(7)} ${r.buildMs.toFixed(0).padStart(10)} ${r.indexKB.toFixed(1).padStart(10)} ${r.initMs.toFixed(1).padStart(9)} ${r.medianMs.toFixed(3).padStart(11)} ${r.p95Ms.toFixed(3).padStart(8)}`,
    )
  }
  if (fs.existsSync(shipped)) console.log(`shipped index src/data/search-index.json: ${(fs.statSync(shipped).size / 1024).toFixed(1)} KB`)
}

main(process.argv.slice(2))
