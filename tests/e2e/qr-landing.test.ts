/**
 * A printed QR code scanned by an ordinary phone camera (outside WeChat) opens `<base>/item/<id>` in
 * the browser. With the H5 build hosted at `<base>` (here: the test server), that URL must land on
 * the item's own card. The landing pages are written by scripts/h5-item-links.ts (postbuild:h5).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { Catalog, CatalogItem } from '../../src/data/catalog-types'
import { buildItemUrl } from '../../src/services/deep-link'
import { baseUrl, launchBrowser, openSession } from './support'

const ROOT = path.resolve(__dirname, '../..')
const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/data/catalog.json'), 'utf8')) as Catalog
const bySeq = [...catalog.items].sort((a, b) => a.seq - b.seq)
/** First, last, a long title, one per category: enough variety without opening all 78 cards. */
const sample: CatalogItem[] = [...new Map([
  bySeq[0],
  bySeq[bySeq.length - 1],
  [...bySeq].sort((a, b) => b.title.length - a.title.length)[0],
  ...catalog.categories.map((category) => bySeq.find((item) => item.categoryId === category.id) as CatalogItem),
].map((item) => [item.id, item])).values()]

let browser: Browser

beforeAll(async () => {
  const missing = catalog.items.filter((item) => !fs.existsSync(path.join(ROOT, 'dist-h5/item', item.id, 'index.html')))
  if (missing.length > 0) {
    throw new Error(`dist-h5/item/<id>/index.html missing for ${missing.length} items: "npm run build:h5" runs postbuild:h5 (tsx scripts/h5-item-links.ts)`)
  }
  browser = await launchBrowser()
}, 30_000)

afterAll(async () => {
  await browser?.close()
})

describe('printed QR URL opened outside WeChat', () => {
  it.each(sample.map((item) => [item.seq, item.id, item]))('第%i项 %s: <base>/item/<id>/ shows its card', async (_seq, id, item) => {
    const session = await openSession(browser)
    try {
      const { page } = session
      await page.goto(`${baseUrl()}item/${id}/`)
      await page.waitForURL((url) => url.hash === `#/pages/item/index?id=${id}`, { timeout: 10_000 })
      await page.locator(`text=${item.title} >> visible=true`).first().waitFor({ timeout: 15_000 })
      expect(new URL(page.url()).pathname).toBe('/')
      expect(session.foreignRequests).toEqual([])
    } finally {
      await session.context.close()
    }
  }, 40_000)

  it('the exact printed form (no trailing slash) lands on the same card', async () => {
    const item = bySeq[16]
    const session = await openSession(browser)
    try {
      const { page } = session
      // buildItemUrl with the test server as <base>: byte for byte what the poster's code carries.
      await page.goto(buildItemUrl(item.id, baseUrl()))
      await page.waitForURL((url) => url.hash === `#/pages/item/index?id=${item.id}`, { timeout: 10_000 })
      await page.locator(`text=${item.title} >> visible=true`).first().waitFor({ timeout: 15_000 })
      // And not some other item's card: a title from another category is nowhere on the visible page.
      const other = bySeq.find((candidate) => candidate.categoryId !== item.categoryId && !item.title.includes(candidate.title)) as CatalogItem
      expect(await page.locator(`text=${other.title} >> visible=true`).count()).toBe(0)
    } finally {
      await session.context.close()
    }
  }, 40_000)
})
