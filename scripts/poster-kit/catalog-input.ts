/**
 * Loads catalog.json for the QR tools (posters, H5 landing pages) and checks exactly what they rely
 * on, so a broken catalog stops the command before anything is printed.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Catalog, CatalogItem, Category } from '../../src/data/catalog-types'
import { ITEM_ID_PATTERN } from '../../src/services/deep-link'
import { UserError } from './errors'

export const DEFAULT_CATALOG = path.resolve(__dirname, '../../src/data/catalog.json')

function describe(item: unknown, index: number): string {
  const record = (item ?? {}) as { seq?: unknown; title?: unknown }
  const seq = typeof record.seq === 'number' ? `序号 ${record.seq}` : '无序号'
  const title = typeof record.title === 'string' ? `「${record.title}」` : '（无标题）'
  return `第 ${index + 1} 条事项（${seq}，${title}）`
}

export function loadCatalog(file: string = DEFAULT_CATALOG): Catalog {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const hint = code === 'ENOENT' ? '：先运行 npm run import 生成目录' : ''
    throw new UserError(`读不到目录文件 ${file}（${code ?? String(error)}）${hint}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new UserError(`目录文件 ${file} 不是有效的 JSON：${(error as Error).message}`)
  }
  return checkCatalog(data, file)
}

export function checkCatalog(data: unknown, file: string): Catalog {
  const catalog = data as Partial<Catalog> | null
  if (!catalog || typeof catalog !== 'object') throw new UserError(`目录文件 ${file} 不是对象`)
  if (!Array.isArray(catalog.items) || catalog.items.length === 0) throw new UserError(`目录文件 ${file} 没有事项（items）`)
  if (!Array.isArray(catalog.categories)) throw new UserError(`目录文件 ${file} 没有分类（categories）`)
  const phone = catalog.hall?.phone
  if (!phone || typeof phone.display !== 'string' || phone.display === '') {
    throw new UserError(`目录文件 ${file} 缺少社保大厅电话（hall.phone），无法给未公开电话的事项兜底`)
  }
  const categories = new Map<string, Category>(catalog.categories.map((category) => [category.id, category]))
  const ids = new Map<string, number>()
  const seqs = new Set<number>()
  catalog.items.forEach((item: CatalogItem | null, index) => {
    const where = describe(item, index)
    if (!item || typeof item !== 'object') throw new UserError(`${where}不是对象`)
    if (typeof item.id !== 'string' || item.id === '') throw new UserError(`${where}没有编号（id）：二维码无法生成`)
    if (!ITEM_ID_PATTERN.test(item.id)) {
      throw new UserError(`${where}的编号 "${item.id}" 不合规（最多 16 位字母、数字、_ 或 -）`)
    }
    const earlier = ids.get(item.id)
    if (earlier !== undefined) throw new UserError(`${where}的编号 "${item.id}" 与第 ${earlier + 1} 条重复`)
    ids.set(item.id, index)
    if (!Number.isInteger(item.seq) || item.seq < 1) throw new UserError(`${where}没有有效的序号（seq）`)
    if (seqs.has(item.seq)) throw new UserError(`${where}的序号 ${item.seq} 重复`)
    seqs.add(item.seq)
    if (typeof item.title !== 'string' || item.title.trim() === '') throw new UserError(`${where}没有标题（title）`)
    if (!categories.has(item.categoryId)) throw new UserError(`${where}的分类 "${String(item.categoryId)}" 不在 categories 中`)
  })
  return catalog as Catalog
}
