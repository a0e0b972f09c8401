import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { Catalog } from '@/data/catalog-types'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
]

export function baseUrl(): string {
  const url = process.env.H5_BASE_URL
  if (!url) throw new Error('H5_BASE_URL is not set: the e2e global setup did not run')
  return url
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
}

export interface Session {
  context: BrowserContext
  page: Page
  /** Every request URL the page made that left 127.0.0.1 (tel: navigations are recorded separately). */
  foreignRequests: string[]
  telRequests: string[]
  consoleErrors: string[]
}

/** A fresh phone-sized context that records requests leaving 127.0.0.1 and console errors. */
export async function openSession(browser: Browser, options: { width?: number; height?: number } = {}): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 375, height: options.height ?? 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  })
  const page = await context.newPage()
  const session: Session = { context, page, foreignRequests: [], telRequests: [], consoleErrors: [] }
  const onRequest = (url: string) => {
    if (url.startsWith('tel:')) session.telRequests.push(url)
    else if (!/^(data|blob|about):/.test(url) && new URL(url).hostname !== '127.0.0.1') session.foreignRequests.push(url)
  }
  context.on('request', (request) => onRequest(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error') session.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => session.consoleErrors.push(`pageerror: ${error.message}`))
  return session
}

/** Taro H5 keeps earlier pages in the DOM, hidden: scope queries to the visible page. */
export function visible(page: Page, selector: string) {
  return page.locator(`${selector}:visible`)
}

/** The generated catalog, read the way scripts do (outside the bundler). */
export function loadCatalog(): Catalog {
  return JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../src/data/catalog.json'), 'utf8')) as Catalog
}

/**
 * One browser per file and a fresh phone-sized context per test; after each test, asserts that no
 * request left 127.0.0.1 (and, unless told otherwise, that the page logged no console error).
 */
export function sessionPerTest(options: { allowConsoleErrors?: boolean } = {}): () => Session {
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
    if (!options.allowConsoleErrors) expect(session.consoleErrors).toEqual([])
    await session.context.close()
  })
  return () => session
}
