import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { Catalog } from '@/data/catalog-types'
import { baseUrl, launchBrowser, openSession, visible, type Session } from './support'

const catalog = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../src/data/catalog.json'), 'utf8')) as Catalog
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const item = (seq: number) => catalog.items.find((entry) => entry.seq === seq)!

const pages: Array<[string, string, string]> = [
  ['home', '', '.category-grid__cell'],
  ['category', '#/pages/category/index?id=card', '.item-list__row'],
  ['card (item 22, materials)', `#/pages/item/index?id=${item(22).id}`, '.checklist__row'],
  ['card (item 76, phones)', `#/pages/item/index?id=${item(76).id}`, '.phone-button'],
  ['card (item 25, gap)', `#/pages/item/index?id=${item(25).id}`, '.phone-button'],
  ['search', '#/pages/search/index?q=社保卡', '.item-list__row'],
  ['search, nothing found', '#/pages/search/index?q=驾驶证', '.phone-button'],
  ['favourites', '#/pages/mine/index', '.elder-switch'],
  ['not found', '#/pages/item/index?id=nosuchitem', '.phone-button'],
]

let browser: Browser
let session: Session

beforeAll(async () => {
  browser = await launchBrowser()
  session = await openSession(browser)
})
afterAll(async () => {
  expect(session.foreignRequests).toEqual([])
  await browser?.close()
})

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.html.slice(0, 120)).join(' | ')}`)
  })
}

describe.each([
  ['standard', false],
  ['长辈版', true],
])('axe-core finds no serious or critical violations (%s)', (_mode, elder) => {
  beforeAll(async () => {
    await session.page.goto(baseUrl())
    const toggle = visible(session.page, '.elder-switch').first()
    await toggle.waitFor()
    if ((await toggle.getAttribute('aria-checked')) !== String(elder)) await toggle.click()
  })

  test.each(pages)('%s', async (_name, hash, readySelector) => {
    await session.page.goto(`${baseUrl()}${hash}`)
    await session.page.reload()
    await visible(session.page, readySelector).first().waitFor({ timeout: 15000 })
    const violations = await axeViolations(session.page)
    expect(violations).toEqual([])
  })
})
