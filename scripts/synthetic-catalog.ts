/**
 * A synthetic catalog for benchmarks: N items recombined from the real catalog's vocabulary (title
 * pieces, content phrases, categories), deterministic for a seed. Its search index is built with the
 * same generator code as the real one (scripts/search-index/build.ts).
 *
 *   tsx scripts/synthetic-catalog.ts [count] [--out file]   write a synthetic catalog.json
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Catalog, CatalogItem, ItemGuide } from '../src/data/catalog-types'
import { aboutText, contentPhrases } from './search-index/build'

/** Small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function titlePieces(title: string): string[] {
  const pieces: string[] = []
  for (const run of title.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i < run.length; i += 2) {
      const piece = run.slice(i, i + (run.length - i === 3 ? 3 : 2))
      if (piece.length >= 2) pieces.push(piece)
      if (run.length - i === 3) break
    }
  }
  return pieces
}

export function syntheticCatalog(real: Catalog, count: number, seed = 20240601): Catalog {
  const next = random(seed)
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]
  const pieces = Array.from(new Set(real.items.flatMap((item) => titlePieces(item.title))))
  const phrases = Array.from(new Set(real.items.flatMap((item) => contentPhrases(aboutText(item) ?? ''))))
  const items: CatalogItem[] = []
  for (let i = 0; i < count; i++) {
    const template = pick(real.items)
    let title = ''
    const parts = 2 + Math.floor(next() * 3)
    for (let k = 0; k < parts; k++) title += pick(pieces)
    const shared = i > 0 && next() < 0.15
    const content = shared ? null : Array.from({ length: 3 + Math.floor(next() * 6) }, () => pick(phrases)).join('，')
    const guide: ItemGuide | null = content
      ? { heading: null, eligibility: content, materialGroups: [], steps: [], timeLimit: null, fee: null, hours: null, mode: null, delivery: null, officeIds: [], phones: [], notes: [] }
      : null
    const seq = i + 1
    items.push({
      ...template,
      id: `s${seq}`,
      seq,
      title,
      titleInferred: false,
      raw: { ...template.raw, title, content },
      guide,
      guideSharedFrom: shared ? { seq: seq - 1, reason: 'synthetic' } : null,
      guideWrittenFor: shared && next() < 0.5 ? seq - 1 : null,
      corrections: [],
      notes: [],
    })
  }
  return { ...real, items }
}

if (require.main === module) {
  const argv = process.argv.slice(2)
  const count = Number(argv.find((a) => /^\d+$/.test(a)) ?? 10000)
  const outAt = argv.indexOf('--out')
  const out = outAt >= 0 ? argv[outAt + 1] : path.join(process.cwd(), `synthetic-catalog-${count}.json`)
  const real = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../src/data/catalog.json'), 'utf8')) as Catalog
  fs.writeFileSync(out, JSON.stringify(syntheticCatalog(real, count)))
  console.log(`wrote ${out} (${count} items)`)
}
