/**
 * Writes src/data/catalog.app.json, the packed catalog the app bundles (see src/data/catalog-pack.ts),
 * from the generated src/data/catalog.json. Run by `npm run import`; `--check` only verifies that the
 * committed file is up to date.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Catalog } from '../src/data/catalog-types'
import { packCatalog } from '../src/data/catalog-pack'

const root = path.resolve(__dirname, '..')
const catalogPath = path.join(root, 'src/data/catalog.json')
const outPath = path.join(root, 'src/data/catalog.app.json')

export function renderAppCatalog(catalog: Catalog): string {
  return `${JSON.stringify(packCatalog(catalog))}\n`
}

if (require.main === module) {
  const catalog = JSON.parse(fs.readFileSync(catalogPath, 'utf8')) as Catalog
  const text = renderAppCatalog(catalog)
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(outPath) ? fs.readFileSync(outPath, 'utf8') : ''
    if (current !== text) {
      console.error('src/data/catalog.app.json is out of date: run "npm run import"')
      process.exit(1)
    }
    console.log('catalog.app.json is up to date')
  } else {
    const temp = `${outPath}.tmp`
    fs.writeFileSync(temp, text)
    fs.renameSync(temp, outPath)
    console.log(`wrote ${path.relative(root, outPath)} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, from ${(fs.statSync(catalogPath).size / 1024).toFixed(1)} KB)`)
  }
}
