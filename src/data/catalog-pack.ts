/**
 * The catalog as the phone carries it. `catalog.json` keeps everything the source disclosed
 * (raw cells, corrections, importer notes) for review and scripts; the app needs only what a
 * card shows. Packing drops the review-only fields, stores a merged-cell guide once (on the item
 * whose row holds it) and interns the disclosure blocks that dozens of rows repeat.
 * `npm run import` writes the packed form to `catalog.app.json`; `unpackCatalog` restores the
 * app's view of every item. A unit test checks that unpack(pack(catalog)) equals that view.
 */
import type { Catalog, CatalogItem, Disclosure, ItemGuide, Material } from './catalog-types'

export type AppMaterial = Omit<Material, 'text'>

export interface AppGuide extends Omit<ItemGuide, 'materialGroups'> {
  materialGroups: { title: string | null; materials: AppMaterial[] }[]
}

export interface AppCatalogItem {
  id: string
  seq: number
  categoryId: CatalogItem['categoryId']
  title: string
  titleInferred: boolean
  guide: AppGuide | null
  guideSharedFrom: { seq: number } | null
  guideWrittenFor: number | null
  disclosure: Disclosure
  disclosureSharedFrom: { seq: number } | null
  gaps: CatalogItem['gaps']
}

export interface AppCatalog {
  schemaVersion: Catalog['schemaVersion']
  hall: Catalog['hall']
  categories: Catalog['categories']
  offices: Catalog['offices']
  items: AppCatalogItem[]
}

interface PackedItem extends Omit<AppCatalogItem, 'guide' | 'disclosure'> {
  /** Absent when the guide is the one stored on item `guideSharedFrom.seq`. */
  guide?: AppGuide | null
  /** Index into `disclosures`. */
  disclosure: number
}

export interface PackedCatalog extends Omit<AppCatalog, 'items'> {
  disclosures: Disclosure[]
  items: PackedItem[]
}

export function toAppItem(item: CatalogItem): AppCatalogItem {
  return {
    id: item.id,
    seq: item.seq,
    categoryId: item.categoryId,
    title: item.title,
    titleInferred: item.titleInferred,
    guide: item.guide && {
      ...item.guide,
      materialGroups: item.guide.materialGroups.map((group) => ({
        title: group.title,
        materials: group.materials.map(({ name, originals, copies, note }) => ({ name, originals, copies, note })),
      })),
    },
    guideSharedFrom: item.guideSharedFrom && { seq: item.guideSharedFrom.seq },
    guideWrittenFor: item.guideWrittenFor,
    disclosure: item.disclosure,
    disclosureSharedFrom: item.disclosureSharedFrom && { seq: item.disclosureSharedFrom.seq },
    gaps: item.gaps,
  }
}

/** The app's view of the full catalog, before packing. */
export function toAppCatalog(catalog: Catalog): AppCatalog {
  return {
    schemaVersion: catalog.schemaVersion,
    hall: catalog.hall,
    categories: catalog.categories,
    offices: catalog.offices,
    items: catalog.items.map(toAppItem),
  }
}

export function packCatalog(catalog: Catalog): PackedCatalog {
  const app = toAppCatalog(catalog)
  const bySeq = new Map(app.items.map((item) => [item.seq, item]))
  const disclosures: Disclosure[] = []
  const disclosureIndex = new Map<string, number>()
  const items = app.items.map((item): PackedItem => {
    const key = JSON.stringify(item.disclosure)
    if (!disclosureIndex.has(key)) {
      disclosureIndex.set(key, disclosures.length)
      disclosures.push(item.disclosure)
    }
    const source = item.guideSharedFrom ? bySeq.get(item.guideSharedFrom.seq) : undefined
    const sameAsSource = source !== undefined && JSON.stringify(source.guide) === JSON.stringify(item.guide)
    const { guide, ...rest } = item
    return { ...rest, ...(sameAsSource ? {} : { guide }), disclosure: disclosureIndex.get(key)! }
  })
  return { schemaVersion: app.schemaVersion, hall: app.hall, categories: app.categories, offices: app.offices, disclosures, items }
}

export function unpackCatalog(packed: PackedCatalog): AppCatalog {
  const bySeq = new Map(packed.items.map((item) => [item.seq, item]))
  const items = packed.items.map((item): AppCatalogItem => {
    const guide = item.guide !== undefined ? item.guide : (item.guideSharedFrom && bySeq.get(item.guideSharedFrom.seq)?.guide) ?? null
    return { ...item, guide, disclosure: packed.disclosures[item.disclosure] }
  })
  return { schemaVersion: packed.schemaVersion, hall: packed.hall, categories: packed.categories, offices: packed.offices, items }
}
