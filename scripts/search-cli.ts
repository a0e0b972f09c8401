/**
 * Searches the bundled catalog from the command line.
 *
 *   tsx scripts/search-cli.ts --json "<query>"   top 10 hits as a JSON array (nothing else on stdout)
 *   tsx scripts/search-cli.ts "<query>"          a readable table
 *
 * Options: --limit <n> (default 10).
 */
import { search } from '../src/services/search'

function main(argv: string[]): number {
  const json = argv.includes('--json')
  let limit = 10
  const words: string[] = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') continue
    if (argv[i] === '--limit') {
      limit = Number(argv[++i])
      continue
    }
    words.push(argv[i])
  }
  const query = words.join(' ')
  const hits = search(query, Number.isFinite(limit) ? limit : 10)
  if (json) {
    process.stdout.write(JSON.stringify(hits.map((h) => ({ id: h.id, seq: h.seq, title: h.title, categoryId: h.categoryId, score: h.score, titleHighlights: h.titleHighlights }))) + '\n')
    return 0
  }
  if (hits.length === 0) {
    console.log(`no match for "${query}"`)
    return 0
  }
  console.log(' #  seq  score   category      title')
  hits.forEach((h, i) => {
    let marked = ''
    let at = 0
    for (const [start, end] of h.titleHighlights) {
      marked += h.title.slice(at, start) + '[' + h.title.slice(start, end) + ']'
      at = end
    }
    marked += h.title.slice(at)
    console.log(`${String(i + 1).padStart(2)}  ${String(h.seq).padStart(3)}  ${h.score.toFixed(3).padStart(6)}  ${h.categoryId.padEnd(12)}  ${marked}`)
  })
  return 0
}

process.exitCode = main(process.argv.slice(2))
