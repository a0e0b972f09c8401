import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { Catalog } from '@/data/catalog-types'
import { buildItemUrl, buildItemScene } from '@/services/deep-link'
import { baseUrl, launchBrowser, openSession, visible, type Session } from './support'

const catalog = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../src/data/catalog.json'), 'utf8')) as Catalog
const bySeq = (seq: number) => catalog.items.find((item) => item.seq === seq)!
const route = (page: string, query = '') => `${baseUrl()}#/pages/${page}/index${query ? `?${query}` : ''}`

let browser: Browser
let session: Session

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})
beforeEach(async () => {
  session = await openSession(browser)
})
afterEach(async () => {
  expect(session.foreignRequests).toEqual([])
  await session.context.close()
})

async function expectCard(title: string) {
  await visible(session.page, '.card__title').first().waitFor({ timeout: 15000 })
  expect(await visible(session.page, '.card__title').first().textContent()).toBe(title)
}

test('home lists the 9 categories in source order with their item counts', async () => {
  await session.page.goto(baseUrl())
  const cells = visible(session.page, '.category-grid__cell')
  await cells.first().waitFor()
  expect(await cells.count()).toBe(9)
  const expected = [...catalog.categories]
    .sort((a, b) => a.order - b.order)
    .map((category) => `${category.name}${catalog.items.filter((item) => item.categoryId === category.id).length}项`)
  const shown = await cells.evaluateAll((nodes) =>
    nodes.map((node) => `${node.querySelector('.category-grid__name')?.textContent}${node.querySelector('.category-grid__count')?.textContent}`),
  )
  expect(shown).toEqual(expected)
  expect(session.consoleErrors).toEqual([])
})

test('home → category → card in three taps', async () => {
  const card = catalog.items.find((item) => item.title === '社会保障卡挂失与解挂')!
  await session.page.goto(baseUrl())
  await visible(session.page, '.category-grid__cell[data-category="card"]').click()
  await visible(session.page, `.item-list__row[data-item="${card.id}"]`).click()
  await expectCard(card.title)
  expect(session.consoleErrors).toEqual([])
})

test('ticked materials survive a reload', async () => {
  const item = bySeq(22)
  await session.page.goto(route('item', `id=${item.id}`))
  await expectCard(item.title)
  const rows = visible(session.page, '.checklist__row')
  const total = await rows.count()
  expect(total).toBeGreaterThan(5)
  await rows.nth(0).click()
  await rows.nth(3).click()
  await expect(visible(session.page, '.checklist__progress').textContent()).resolves.toBe(`已备齐 2/${total}`)
  await session.page.reload()
  await expectCard(item.title)
  await expect(visible(session.page, '.checklist__progress').textContent()).resolves.toBe(`已备齐 2/${total}`)
  const checked = await visible(session.page, '.checklist__row--checked').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-key')))
  expect(checked).toEqual(['0.0', '0.3'])
  // Groups of item 22 (土葬 / 火葬) are shown as groups.
  expect(await visible(session.page, '.checklist__group-title').allTextContents()).toEqual(item.guide!.materialGroups.map((g) => g.title))
})

test('a phone button dials the normalised digits', async () => {
  const item = bySeq(17)
  await session.page.goto(route('item', `id=${item.id}`))
  await expectCard(item.title)
  const button = visible(session.page, '.phone-button').first()
  expect(await button.getAttribute('aria-label')).toBe('拨打电话 0352-8018778')
  await button.click()
  await session.page.waitForTimeout(500)
  expect(session.telRequests).toContain('tel:03528018778')
})

describe('deep links open the same card', () => {
  const item = bySeq(76)
  test('by page path', async () => {
    await session.page.goto(route('item', `id=${item.id}`))
    await expectCard(item.title)
  })
  test('by an ordinary-link QR code (q)', async () => {
    await session.page.goto(route('item', `q=${encodeURIComponent(buildItemUrl(item.id))}`))
    await expectCard(item.title)
  })
  test('by a 小程序码 scene', async () => {
    await session.page.goto(route('item', `scene=${encodeURIComponent(buildItemScene(item.id))}`))
    await expectCard(item.title)
  })
  test.each([
    ['an unknown id', 'id=nosuchitem'],
    ['a malformed escape', 'q=%E4%B8'],
    ['script text', `id=${encodeURIComponent('<script>alert(1)</script>')}`],
    ['an over-long scene', `scene=${'i'.repeat(40)}`],
    ['no parameter', ''],
  ])('a bad link (%s) lands on the not-found page', async (_label, query) => {
    await session.page.goto(route('item', query))
    await visible(session.page, '[data-testid="not-found"]').waitFor({ timeout: 15000 })
    expect(await visible(session.page, '.not-found__title').textContent()).toBe('没有找到这个事项')
    expect(await visible(session.page, '.phone-button').count()).toBe(1)
    expect(session.consoleErrors).toEqual([])
  })
})

test('every card of the catalog opens without a console error', async () => {
  for (const item of [...catalog.items].sort((a, b) => a.seq - b.seq)) {
    await session.page.goto(route('item', `id=${item.id}`))
    await session.page.reload()
    await expectCard(item.title)
    // Never a blank card: a gap says so and offers the hall's phone.
    const sections = await visible(session.page, '.section').count()
    expect(sections).toBeGreaterThan(0)
    expect(await visible(session.page, '.phone-button').count()).toBeGreaterThan(0)
  }
  expect(session.consoleErrors).toEqual([])
}, 240000)
