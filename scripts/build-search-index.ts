/**
 * Generates src/data/search-index.json from src/data/catalog.json and the reviewed data in
 * data/search/ (synonyms.json, polyphones.json). Run after the catalog import:
 *
 *   tsx scripts/build-search-index.ts            write the index
 *   tsx scripts/build-search-index.ts --check    exit 1 when the committed index is stale
 *   tsx scripts/build-search-index.ts --polyphones   list every polyphonic character for review
 *
 * Options: --catalog <file> (default src/data/catalog.json), --out <file>.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Catalog } from '../src/data/catalog-types'
import { buildSearchIndex, serializeSearchIndex, type PolyphonesFile, type SynonymsFile } from './search-index/build'

export const ROOT = path.resolve(__dirname, '..')
export const DEFAULT_CATALOG = path.join(ROOT, 'src/data/catalog.json')
export const DEFAULT_OUT = path.join(ROOT, 'src/data/search-index.json')
export const SYNONYMS_FILE = path.join(ROOT, 'data/search/synonyms.json')
export const POLYPHONES_FILE = path.join(ROOT, 'data/search/polyphones.json')

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T
}

export function loadSearchData(): { synonyms: SynonymsFile; polyphones: PolyphonesFile } {
  return { synonyms: readJson<SynonymsFile>(SYNONYMS_FILE), polyphones: readJson<PolyphonesFile>(POLYPHONES_FILE) }
}

/** The text of the index for a catalog file, built strictly (reviewed polyphones only). */
export function generateSearchIndexText(catalogFile = DEFAULT_CATALOG): { text: string; problems: string[] } {
  const { synonyms, polyphones } = loadSearchData()
  const result = buildSearchIndex(readJson<Catalog>(catalogFile), synonyms, polyphones, { strictPolyphones: true })
  return { text: serializeSearchIndex(result.index), problems: result.problems }
}

function main(argv: string[]): number {
  const option = (name: string) => {
    const at = argv.indexOf(name)
    return at >= 0 ? argv[at + 1] : undefined
  }
  const catalogFile = path.resolve(option('--catalog') ?? DEFAULT_CATALOG)
  const out = path.resolve(option('--out') ?? DEFAULT_OUT)
  if (!fs.existsSync(catalogFile)) {
    console.error(`${path.relative(ROOT, catalogFile)} not found: run the catalog import first`)
    return 1
  }
  if (argv.includes('--polyphones')) {
    const { synonyms, polyphones } = loadSearchData()
    const result = buildSearchIndex(readJson<Catalog>(catalogFile), synonyms, polyphones, { strictPolyphones: false })
    for (const f of result.polyphones) {
      const reviewed = polyphones.chars[f.char]
      console.log(`${f.char}\tcontext ${f.contextual.join('/')}\tall ${f.all.join('/')}\tindexed ${reviewed ? reviewed.readings.join('/') : '(unreviewed)'}\t${f.seen.join('、')}`)
    }
    return 0
  }
  const { text, problems } = generateSearchIndexText(catalogFile)
  if (problems.length) {
    for (const p of problems) console.error(`search index: ${p}`)
    return 1
  }
  if (argv.includes('--check')) {
    const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : ''
    if (current !== text) {
      console.error(`${path.relative(ROOT, out)} is stale: run "tsx scripts/build-search-index.ts"`)
      return 1
    }
    console.log(`${path.relative(ROOT, out)} is up to date`)
    return 0
  }
  fs.writeFileSync(out, text)
  console.log(`wrote ${path.relative(ROOT, out)} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB)`)
  return 0
}

if (require.main === module) process.exit(main(process.argv.slice(2)))
