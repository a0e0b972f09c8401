/**
 * Catalog importer CLI: data/source/catalog-source.txt → src/data/catalog.json
 * and docs/data-quality.md. See scripts/catalog-import/ for the rules.
 *
 *   npx tsx scripts/import-catalog.ts [--source <file>] [--out <file>] [--report <file>]
 *                                     [--corrections <file>] [--ids <file>] [--offices <file>]
 *                                     [--check] [--assign-ids] [--quiet]
 *
 * --check       exit 1 when the committed catalog/report differ from a fresh run (writes nothing)
 * --assign-ids  mint ids for items missing from the id registry and write it (run once, commit)
 *
 * Exit codes: 0 ok, 1 damaged input / check failed, 2 bad usage.
 */
import * as fs from 'fs'
import * as path from 'path'
import { ImportError } from './catalog-import/errors'
import { buildCatalog, ImportResult } from './catalog-import/pipeline'

export const REPO_ROOT = path.resolve(__dirname, '..')

export interface CliOptions {
  source: string
  out: string
  report: string
  corrections: string
  ids: string
  offices: string
  check: boolean
  assignIds: boolean
  quiet: boolean
}

export function defaultOptions(root = REPO_ROOT): CliOptions {
  return {
    source: path.join(root, 'data/source/catalog-source.txt'),
    out: path.join(root, 'src/data/catalog.json'),
    report: path.join(root, 'docs/data-quality.md'),
    corrections: path.join(root, 'data/source/corrections.json'),
    ids: path.join(root, 'data/source/item-ids.json'),
    offices: path.join(root, 'data/source/offices.json'),
    check: false,
    assignIds: false,
    quiet: false,
  }
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], cwd = process.cwd()): CliOptions {
  const opts = defaultOptions()
  const valued: Record<string, keyof CliOptions> = {
    '--source': 'source',
    '--out': 'out',
    '--report': 'report',
    '--corrections': 'corrections',
    '--ids': 'ids',
    '--offices': 'offices',
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (flag in valued) {
      const value = inline ?? argv[++i]
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a file`)
      ;(opts as unknown as Record<string, unknown>)[valued[flag]] = path.resolve(cwd, value)
    } else if (flag === '--check') opts.check = true
    else if (flag === '--assign-ids') opts.assignIds = true
    else if (flag === '--quiet') opts.quiet = true
    else throw new UsageError(`unknown option ${arg}`)
  }
  if (opts.check && opts.assignIds) throw new UsageError('--check and --assign-ids cannot be combined')
  return opts
}

/** Repo-relative path with forward slashes (stable across machines). */
function displayPath(file: string): string {
  const rel = path.relative(REPO_ROOT, file)
  return (rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(file) : rel).split(path.sep).join('/')
}

function read(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (e) {
    throw new ImportError(null, `cannot read: ${(e as Error).message}`, displayPath(file))
  }
}

export function runImport(opts: CliOptions): ImportResult {
  return buildCatalog(
    {
      source: { file: displayPath(opts.source), text: read(opts.source) },
      corrections: { file: displayPath(opts.corrections), text: read(opts.corrections) },
      ids: { file: displayPath(opts.ids), text: read(opts.ids) },
      offices: { file: displayPath(opts.offices), text: read(opts.offices) },
    },
    { assignIds: opts.assignIds },
  )
}

/** Write via a temporary file in the same directory and rename (atomic on one file system). */
export function writeAtomic(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  try {
    fs.writeFileSync(tmp, text, 'utf8')
    fs.renameSync(tmp, file)
  } catch (e) {
    fs.rmSync(tmp, { force: true })
    throw e
  }
}

function readIfExists(file: string): string | null {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
}

/** Returns the process exit code. */
export function main(argv: string[], log: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  let opts: CliOptions
  try {
    opts = parseArgs(argv)
  } catch (e) {
    err(`import-catalog: ${(e as Error).message}`)
    return 2
  }
  let result: ImportResult
  try {
    result = runImport(opts)
  } catch (e) {
    if (e instanceof ImportError) {
      err(`import-catalog: error: ${e.format(displayPath(opts.source))}`)
      err('import-catalog: nothing was written.')
      return 1
    }
    throw e
  }

  if (opts.check) {
    const stale = [
      [opts.out, result.catalogText],
      [opts.report, result.reportText],
    ].filter(([file, text]) => readIfExists(file) !== text)
    if (stale.length > 0) {
      for (const [file] of stale) err(`import-catalog: ${displayPath(file)} is out of date; run \`npm run import\` and commit the result`)
      return 1
    }
    if (!opts.quiet) log(`import-catalog: up to date (${result.summary})`)
    return 0
  }

  // Everything is computed before the first write: a failure above writes nothing.
  if (opts.assignIds && result.addedIds.length > 0) writeAtomic(opts.ids, result.registryText)
  writeAtomic(opts.out, result.catalogText)
  writeAtomic(opts.report, result.reportText)
  if (!opts.quiet) {
    log(result.reportText)
    if (opts.assignIds) log(`import-catalog: ${result.addedIds.length} new ids written to ${displayPath(opts.ids)}`)
    log(`import-catalog: ${result.summary}`)
    log(`import-catalog: wrote ${displayPath(opts.out)} and ${displayPath(opts.report)}`)
  }
  return 0
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2))
}
