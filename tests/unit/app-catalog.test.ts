import fs from 'node:fs'
import path from 'node:path'
import type { Catalog } from '@/data/catalog-types'
import { packCatalog, toAppCatalog, unpackCatalog, type PackedCatalog } from '@/data/catalog-pack'
import { renderAppCatalog } from '../../scripts/build-app-catalog'

const read = (file: string) => fs.readFileSync(path.resolve(__dirname, '../../src/data', file), 'utf8')
const catalog = JSON.parse(read('catalog.json')) as Catalog

describe('the packed catalog the app bundles', () => {
  it('is up to date with catalog.json', () => {
    expect(read('catalog.app.json')).toBe(renderAppCatalog(catalog))
  })

  it('unpacks to exactly the app view of every item', () => {
    const unpacked = unpackCatalog(JSON.parse(read('catalog.app.json')) as PackedCatalog)
    expect(unpacked).toEqual(toAppCatalog(catalog))
    expect(unpacked.items).toHaveLength(78)
  })

  it('stores a merged-cell guide once and interns disclosure blocks', () => {
    const packed = packCatalog(catalog)
    const sharedWithoutCopy = packed.items.filter((item) => item.guideSharedFrom && !('guide' in item))
    expect(sharedWithoutCopy.length).toBeGreaterThan(10)
    expect(packed.disclosures.length).toBeLessThan(catalog.items.length / 3)
  })

  it('keeps a guide that differs from its source (item 15 carries the displaced row)', () => {
    const fifteen = unpackCatalog(packCatalog(catalog)).items.find((item) => item.seq === 15)!
    expect(fifteen.guide).toEqual(toAppCatalog(catalog).items.find((item) => item.seq === 15)!.guide)
  })
})
