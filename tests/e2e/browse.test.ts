import { buildItemUrl, buildItemScene } from '@/services/deep-link'
import { baseUrl, loadCatalog, sessionPerTest, visible } from './support'

const catalog = loadCatalog()
const bySeq = (seq: number) => catalog.items.find((item) => item.seq === seq)!
const route = (page: string, query = '') => `${baseUrl()}#/pages/${page}/index${query ? `?${query}` : ''}`

const currentSession = sessionPerTest()

async function expectCard(title: string) {
  await visible(currentSession().page, '.card__title').first().waitFor({ timeout: 15000 })
  expect(await visible(currentSession().page, '.card__title').first().textContent()).toBe(title)
}

test('home lists the 9 categories in source order with their item counts', async () => {
  await currentSession().page.goto(baseUrl())
  const cells = visible(currentSession().page, '.category-grid__cell')
  await cells.first().waitFor()
  expect(await cells.count()).toBe(9)
  const expected = [...catalog.categories]
    .sort((a, b) => a.order - b.order)
    .map((category) => `${category.name}${catalog.items.filter((item) => item.categoryId === category.id).length}项`)
  const shown = await cells.evaluateAll((nodes) =>
    nodes.map((node) => `${node.querySelector('.category-grid__name')?.textContent}${node.querySelector('.category-grid__count')?.textContent}`),
  )
  expect(shown).toEqual(expected)
  expect(currentSession().consoleErrors).toEqual([])
})

test('home → category → card in three taps', async () => {
  const card = catalog.items.find((item) => item.title === '社会保障卡挂失与解挂')!
  await currentSession().page.goto(baseUrl())
  await visible(currentSession().page, '.category-grid__cell[data-category="card"]').click()
  await visible(currentSession().page, `.item-list__row[data-item="${card.id}"]`).click()
  await expectCard(card.title)
  expect(currentSession().consoleErrors).toEqual([])
})

test('ticked materials survive a reload', async () => {
  const item = bySeq(22)
  await currentSession().page.goto(route('item', `id=${item.id}`))
  await expectCard(item.title)
  const rows = visible(currentSession().page, '.checklist__row')
  const total = await rows.count()
  expect(total).toBeGreaterThan(5)
  await rows.nth(0).click()
  await rows.nth(3).click()
  await expect(visible(currentSession().page, '.checklist__progress').textContent()).resolves.toBe(`已备齐 2/${total}`)
  await currentSession().page.reload()
  await expectCard(item.title)
  await expect(visible(currentSession().page, '.checklist__progress').textContent()).resolves.toBe(`已备齐 2/${total}`)
  const checked = await visible(currentSession().page, '.checklist__row--checked').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-key')))
  expect(checked).toEqual(['0.0', '0.3'])
  // Groups of item 22 (土葬 / 火葬) are shown as groups.
  expect(await visible(currentSession().page, '.checklist__group-title').allTextContents()).toEqual(item.guide!.materialGroups.map((g) => g.title))
})

test('a phone button dials the normalised digits', async () => {
  const item = bySeq(17)
  await currentSession().page.goto(route('item', `id=${item.id}`))
  await expectCard(item.title)
  const button = visible(currentSession().page, '.phone-button').first()
  expect(await button.getAttribute('aria-label')).toBe('拨打电话 0352-8018778')
  await button.click()
  await currentSession().page.waitForTimeout(500)
  expect(currentSession().telRequests).toContain('tel:03528018778')
})

describe('deep links open the same card', () => {
  const item = bySeq(76)
  test('by page path', async () => {
    await currentSession().page.goto(route('item', `id=${item.id}`))
    await expectCard(item.title)
  })
  test('by an ordinary-link QR code (q)', async () => {
    await currentSession().page.goto(route('item', `q=${encodeURIComponent(buildItemUrl(item.id))}`))
    await expectCard(item.title)
  })
  test('by a 小程序码 scene', async () => {
    await currentSession().page.goto(route('item', `scene=${encodeURIComponent(buildItemScene(item.id))}`))
    await expectCard(item.title)
  })
  test.each([
    ['an unknown id', 'id=nosuchitem'],
    ['a malformed escape', 'q=%E4%B8'],
    ['script text', `id=${encodeURIComponent('<script>alert(1)</script>')}`],
    ['an over-long scene', `scene=${'i'.repeat(40)}`],
    ['no parameter', ''],
  ])('a bad link (%s) lands on the not-found page', async (_label, query) => {
    await currentSession().page.goto(route('item', query))
    await visible(currentSession().page, '[data-testid="not-found"]').waitFor({ timeout: 15000 })
    expect(await visible(currentSession().page, '.not-found__title').textContent()).toBe('没有找到这个事项')
    expect(await visible(currentSession().page, '.phone-button').count()).toBe(1)
    expect(currentSession().consoleErrors).toEqual([])
  })
})

test('every card of the catalog opens without a console error', async () => {
  for (const item of [...catalog.items].sort((a, b) => a.seq - b.seq)) {
    await currentSession().page.goto(route('item', `id=${item.id}`))
    await currentSession().page.reload()
    await expectCard(item.title)
    // Never a blank card: a gap says so and offers the hall's phone.
    const sections = await visible(currentSession().page, '.section').count()
    expect(sections).toBeGreaterThan(0)
    expect(await visible(currentSession().page, '.phone-button').count()).toBeGreaterThan(0)
  }
  expect(currentSession().consoleErrors).toEqual([])
}, 240000)
