import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { Catalog } from '@/data/catalog-types'
import { baseUrl, launchBrowser, openSession, visible, type Session } from './support'

const catalog = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../src/data/catalog.json'), 'utf8')) as Catalog
const byTitle = (title: string) => catalog.items.find((item) => item.title === title)!

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
  expect(session.consoleErrors).toEqual([])
  await session.context.close()
})

async function typeFromHome(query: string) {
  await session.page.goto(baseUrl())
  await visible(session.page, '.search-entry').click()
  const input = visible(session.page, '.search-bar__input input')
  await input.waitFor()
  await input.pressSequentially(query, { delay: 20 })
}

test.each([
  ['pinyin', 'shebaoka guashi', '社会保障卡挂失与解挂'],
  ['colloquial', '社保卡丢了', '社会保障卡挂失与解挂'],
  ['initials', 'sbkgs', '社会保障卡挂失与解挂'],
  ['colloquial', '领失业金', '失业保险金申领'],
])('a %s query (%s) finds and opens the right card', async (_kind, query, title) => {
  await typeFromHome(query)
  const item = byTitle(title)
  const row = visible(session.page, `.item-list__row[data-item="${item.id}"]`)
  await row.waitFor({ timeout: 10000 })
  const firstRows = await visible(session.page, '.item-list__row').evaluateAll((nodes) => nodes.slice(0, 3).map((n) => n.getAttribute('data-item')))
  expect(firstRows).toContain(item.id)
  await row.click()
  await visible(session.page, '.card__title').waitFor()
  expect(await visible(session.page, '.card__title').textContent()).toBe(title)
})

test('highlights matched characters and remembers the search', async () => {
  await typeFromHome('挂失')
  await visible(session.page, '.item-list__row .hit').first().waitFor()
  expect(await visible(session.page, '.item-list__row .hit').first().textContent()).toBe('挂失')
  await visible(session.page, '.item-list__row').first().click()
  await visible(session.page, '.card__title').waitFor()
  await session.page.goto(`${baseUrl()}#/pages/search/index`)
  await session.page.reload()
  await visible(session.page, '[aria-label="再次搜索 挂失"]').waitFor()
  await visible(session.page, '[aria-label="清除最近搜索"]').click()
  expect(await visible(session.page, '[aria-label="再次搜索 挂失"]').count()).toBe(0)
})

test('a service the catalog does not have says so, with the hall phone', async () => {
  await typeFromHome('驾驶证')
  await visible(session.page, '[data-testid="search-empty"]').waitFor()
  expect(await visible(session.page, '.item-list__row').count()).toBe(0)
  expect(await visible(session.page, '.phone-button').getAttribute('aria-label')).toContain('0352-8018778')
})
