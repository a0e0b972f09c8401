/** Read-only queries over the bundled catalog. */
import { catalog } from '@/data/catalog'
import type { AppCatalog, AppCatalogItem } from '@/data/catalog-pack'
import type { Category, CategoryId, Office } from '@/data/catalog-types'

export interface CategorySummary extends Category {
  count: number
  /** One character shown as the category's icon. */
  glyph: string
}

// A single, distinctive character per category reads better for elderly users than pictograms
// that need a legend, and costs no image bytes.
const CATEGORY_GLYPHS: Record<CategoryId, string> = {
  registration: '登',
  info: '改',
  contribution: '缴',
  records: '查',
  pension: '养',
  injury: '伤',
  unemployment: '失',
  annuity: '年',
  card: '卡',
}

export function createCatalogQueries(source: AppCatalog) {
  const itemsById = new Map(source.items.map((item) => [item.id, item]))
  const itemsBySeq = new Map(source.items.map((item) => [item.seq, item]))
  const officesById = new Map(source.offices.map((office) => [office.id, office]))
  const categoriesById = new Map(source.categories.map((category) => [category.id, category]))
  const sortedItems = [...source.items].sort((a, b) => a.seq - b.seq)

  return {
    catalog: source,
    listCategories(): CategorySummary[] {
      return [...source.categories]
        .sort((a, b) => a.order - b.order)
        .map((category) => ({
          ...category,
          count: sortedItems.filter((item) => item.categoryId === category.id).length,
          glyph: CATEGORY_GLYPHS[category.id] ?? category.name.charAt(0),
        }))
    },
    getCategory(id: string | undefined | null): Category | undefined {
      return id ? categoriesById.get(id as CategoryId) : undefined
    },
    itemsInCategory(id: string): AppCatalogItem[] {
      return sortedItems.filter((item) => item.categoryId === id)
    },
    getItem(id: string | undefined | null): AppCatalogItem | undefined {
      return id ? itemsById.get(id) : undefined
    },
    getItemBySeq(seq: number): AppCatalogItem | undefined {
      return itemsBySeq.get(seq)
    },
    hasItem(id: string): boolean {
      return itemsById.has(id)
    },
    getOffice(id: string): Office | undefined {
      return officesById.get(id)
    },
    allItems(): AppCatalogItem[] {
      return sortedItems
    },
  }
}

export type CatalogQueries = ReturnType<typeof createCatalogQueries>

/** Queries over the catalog bundled with the app. */
export const catalogQueries = createCatalogQueries(catalog)
