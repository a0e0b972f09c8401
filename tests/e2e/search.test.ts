import { baseUrl, loadCatalog, sessionPerTest, visible } from './support'

const catalog = loadCatalog()
const byTitle = (title: string) => catalog.items.find((item) => item.title === title)!

const currentSession = sessionPerTest()

async function typeFromHome(query: string) {
  await currentSession().page.goto(baseUrl())
  await visible(currentSession().page, '.search-entry').click()
  const input = visible(currentSession().page, '.search-bar__input input')
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
  const row = visible(currentSession().page, `.item-list__row[data-item="${item.id}"]`)
  await row.waitFor({ timeout: 10000 })
  const firstRows = await visible(currentSession().page, '.item-list__row').evaluateAll((nodes) => nodes.slice(0, 3).map((n) => n.getAttribute('data-item')))
  expect(firstRows).toContain(item.id)
  await row.click()
  await visible(currentSession().page, '.card__title').waitFor()
  expect(await visible(currentSession().page, '.card__title').textContent()).toBe(title)
})

test('highlights matched characters and remembers the search', async () => {
  await typeFromHome('挂失')
  await visible(currentSession().page, '.item-list__row .hit').first().waitFor()
  expect(await visible(currentSession().page, '.item-list__row .hit').first().textContent()).toBe('挂失')
  await visible(currentSession().page, '.item-list__row').first().click()
  await visible(currentSession().page, '.card__title').waitFor()
  await currentSession().page.goto(`${baseUrl()}#/pages/search/index`)
  await currentSession().page.reload()
  await visible(currentSession().page, '[aria-label="再次搜索 挂失"]').waitFor()
  await visible(currentSession().page, '[aria-label="清除最近搜索"]').click()
  expect(await visible(currentSession().page, '[aria-label="再次搜索 挂失"]').count()).toBe(0)
})

test('a service the catalog does not have says so, with the hall phone', async () => {
  await typeFromHome('驾驶证')
  await visible(currentSession().page, '[data-testid="search-empty"]').waitFor()
  expect(await visible(currentSession().page, '.item-list__row').count()).toBe(0)
  expect(await visible(currentSession().page, '.phone-button').getAttribute('aria-label')).toContain('0352-8018778')
})
