import type { Page } from 'playwright-core'
import { baseUrl, loadCatalog, sessionPerTest, visible } from './support'

const catalog = loadCatalog()
const item76 = catalog.items.find((item) => item.seq === 76)!
const cardUrl = () => `${baseUrl()}#/pages/item/index?id=${item76.id}`

// Console errors are checked per test where they matter; requests outside 127.0.0.1 after every test.
const currentSession = sessionPerTest({ allowConsoleErrors: true })

interface Measures {
  minBodyFont: number
  phoneFonts: number[]
  titleFont: number
  officeFont: number
  minLineHeightRatio: number
  smallestTarget: { width: number; height: number; label: string | null }
}

/** Measures the visible page the way a 适老化 review does. */
async function measure(page: Page): Promise<Measures> {
  await page.locator('.foldable__head:visible').first().click()
  return page.evaluate(() => {
    const shell = Array.from(document.querySelectorAll<HTMLElement>('.shell')).find((el) => el.offsetParent !== null || el.getClientRects().length > 0)!
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize)
    const textElements = Array.from(shell.querySelectorAll<HTMLElement>('*')).filter((el) => {
      const own = Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')
      return own && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
    })
    const lineRatios = textElements.map((el) => {
      const style = getComputedStyle(el)
      const lineHeight = style.lineHeight === 'normal' ? 1.2 * px(el) : parseFloat(style.lineHeight)
      return lineHeight / px(el)
    })
    const targets = Array.from(shell.querySelectorAll<HTMLElement>('[role="button"],[role="checkbox"],[role="switch"]'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const box = el.getBoundingClientRect()
        return { width: box.width, height: box.height, label: el.getAttribute('aria-label') }
      })
      .sort((a, b) => Math.min(a.width, a.height) - Math.min(b.width, b.height))
    return {
      minBodyFont: Math.min(...textElements.map(px)),
      phoneFonts: Array.from(shell.querySelectorAll('.phone-button__number')).map(px),
      titleFont: px(shell.querySelector('.card__title')!),
      officeFont: px(shell.querySelector('.office__name')!),
      minLineHeightRatio: Math.min(...lineRatios),
      smallestTarget: targets[0],
    }
  })
}

async function setElderMode(page: Page, on: boolean) {
  await page.goto(baseUrl())
  const toggle = visible(page, '.elder-switch').first()
  await toggle.waitFor()
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click()
  await expect(toggle.getAttribute('aria-checked')).resolves.toBe(String(on))
}

test('长辈版 meets the 适老化 sizes on the card of item 76, and switching back restores them', async () => {
  const { page } = currentSession()
  await setElderMode(page, true)
  await page.goto(cardUrl())
  await visible(page, '.card__title').waitFor()
  const elder = await measure(page)
  console.log('elder mode, item 76:', JSON.stringify(elder))
  expect(elder.minBodyFont).toBeGreaterThanOrEqual(18)
  expect(elder.phoneFonts.length).toBeGreaterThan(0)
  for (const size of elder.phoneFonts) expect(size).toBeGreaterThanOrEqual(30)
  expect(elder.titleFont).toBeGreaterThanOrEqual(30)
  expect(elder.officeFont).toBeGreaterThanOrEqual(30)
  expect(elder.minLineHeightRatio).toBeGreaterThanOrEqual(1.3)
  expect(elder.smallestTarget.width).toBeGreaterThanOrEqual(60)
  expect(elder.smallestTarget.height).toBeGreaterThanOrEqual(60)

  await setElderMode(page, false)
  await page.goto(cardUrl())
  await visible(page, '.card__title').waitFor()
  const normal = await measure(page)
  console.log('standard mode, item 76:', JSON.stringify(normal))
  expect(normal.minBodyFont).toBeLessThan(elder.minBodyFont)
  expect(normal.phoneFonts[0]).toBeLessThan(30)
  expect(normal.smallestTarget.height).toBeGreaterThanOrEqual(44)
  expect(currentSession().consoleErrors).toEqual([])
})

test('长辈版 is remembered across a reload and simplifies home', async () => {
  const { page } = currentSession()
  await setElderMode(page, true)
  await page.reload()
  const toggle = visible(page, '.elder-switch').first()
  await toggle.waitFor()
  expect(await toggle.getAttribute('aria-checked')).toBe('true')
  expect(await visible(page, '.shortcuts--large').count()).toBe(1)
  expect(await visible(page, '.category-grid--single').count()).toBe(1)
  // Shortcuts come before categories.
  const order = await page.evaluate(() => {
    const titles = Array.from(document.querySelectorAll('.section__title')).filter((el) => el.getClientRects().length > 0)
    return titles.map((el) => el.textContent)
  })
  expect(order.indexOf('常办事项')).toBeLessThan(order.indexOf('按类别查找'))
})

test('text follows the browser root font size (H5), in both modes', async () => {
  const { page } = currentSession()
  await page.goto(cardUrl())
  await visible(page, '.phone-button__number').first().waitFor()
  const base = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.phone-button__number')!).fontSize))
  await page.addStyleTag({ content: 'html { font-size: 20px !important; }' })
  const scaled = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.phone-button__number')!).fontSize))
  expect(scaled / base).toBeCloseTo(20 / 16, 2)
})

test('a favourite survives a reload and is listed under 收藏', async () => {
  const { page } = currentSession()
  await page.goto(cardUrl())
  await visible(page, '.card__title').waitFor()
  await visible(page, '[aria-label="收藏此事项"]').click()
  await visible(page, '[aria-label="取消收藏"]').waitFor()
  await page.reload()
  await page.goto(`${baseUrl()}#/pages/mine/index`)
  await page.reload()
  const row = visible(page, `.item-list__row[data-item="${item76.id}"]`)
  await row.first().waitFor()
  expect(await visible(page, '.section__title').first().textContent()).toContain('长辈版')
  expect(await visible(page, '.section__title').nth(1).textContent()).toBe('我的收藏（1）')
  await visible(page, '[aria-label="清空收藏"]').click()
  await expect(visible(page, '.section__title').nth(1).textContent()).resolves.toBe('我的收藏（0）')
})
