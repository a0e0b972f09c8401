/**
 * Prints HTML to A4 PDF with the same headless Debian Chromium the browser tests use, after fitting
 * long titles and checking, in the rendered page itself, that every QR code scans to its own item.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { decodeRgba, readPng } from './qr'
import { UserError } from './errors'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']

/** Stops early when the machine has no CJK font: Chromium would print boxes instead of Chinese. */
export function checkPrintPrerequisites(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new UserError(`找不到 Chromium（${CHROMIUM_PATH}）：以 root 运行 bash scripts/ensure-browser.sh，或用 CHROMIUM_PATH 指定`)
  }
  let families: string
  try {
    families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
  } catch {
    return // no fontconfig (not Linux): Chromium uses the system's own CJK fonts
  }
  if (families.trim() === '') {
    throw new UserError('本机没有中文字体，海报会印成方框：以 root 运行 bash scripts/ensure-browser.sh（安装 fonts-wqy-microhei）')
  }
}

export function launchPrinter(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
}

/**
 * Shrinks every `.fit` element's font until its text fits its box; returns what still overflows.
 * Kept as source text: tsx/esbuild would wrap a function literal in helpers the page does not have.
 */
const FIT_TEXT = `(() => {
  const overflowing = []
  const overflows = (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1
  for (const el of document.querySelectorAll('.fit')) {
    let size = parseFloat(getComputedStyle(el).fontSize)
    const min = size * 0.4
    while (overflows(el) && size > min) {
      size *= 0.94
      el.style.fontSize = size + 'px'
    }
    if (overflows(el)) overflowing.push(el.textContent || '')
  }
  for (const sheet of document.querySelectorAll('.sheet')) {
    if (sheet.scrollHeight > sheet.clientHeight + 1) overflowing.push('sheet ' + (sheet.dataset.id || sheet.dataset.category || ''))
  }
  return overflowing
})()`

async function fitText(page: Page): Promise<string[]> {
  return (await page.evaluate(FIT_TEXT)) as string[]
}

interface SheetCodes {
  codes: { id: string; x: number; y: number; width: number; height: number }[]
}

/** Where every `[data-qr]` sits on the page (CSS px, document coordinates), grouped by sheet. */
const CODE_BOXES = `[...document.querySelectorAll('.sheet')].map((sheet) => ({
  codes: [...sheet.querySelectorAll('[data-qr]')].map((el) => {
    const r = el.getBoundingClientRect()
    return { id: el.dataset.qr, x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }
  }),
}))`

/**
 * Captures, per sheet, the area holding its codes as Chromium renders it and decodes every code:
 * returns the ids whose rendered code does not carry their own URL. One capture per sheet, scaled
 * so a module is about 4 px (enough for jsQR, cheap to decode); the next capture runs while the
 * previous one is decoded.
 */
async function checkRenderedCodes(page: Page, job: PrintJob): Promise<string[]> {
  const sheets = ((await page.evaluate(CODE_BOXES)) as SheetCodes[]).filter((sheet) => sheet.codes.length > 0)
  const total = sheets.reduce((sum, sheet) => sum + sheet.codes.length, 0)
  const cdp = await page.context().newCDPSession(page)
  const capture = async (sheet: SheetCodes) => {
    const left = Math.min(...sheet.codes.map((c) => c.x))
    const top = Math.min(...sheet.codes.map((c) => c.y))
    const right = Math.max(...sheet.codes.map((c) => c.x + c.width))
    const bottom = Math.max(...sheet.codes.map((c) => c.y + c.height))
    const scale = Math.min(2, Math.max(0.5, 180 / Math.min(...sheet.codes.map((c) => c.width))))
    const shot = await cdp.send('Page.captureScreenshot', {
      format: 'png',
      clip: { x: left, y: top, width: right - left, height: bottom - top, scale },
      captureBeyondViewport: true,
    })
    return { image: readPng(Buffer.from(shot.data, 'base64')), left, top, scale }
  }
  const wrong: string[] = []
  let done = 0
  let next = sheets.length > 0 ? capture(sheets[0]) : null
  for (let index = 0; index < sheets.length; index++) {
    const { image, left, top, scale } = await (next as ReturnType<typeof capture>)
    next = index + 1 < sheets.length ? capture(sheets[index + 1]) : null
    for (const code of sheets[index].codes) {
      const rect = { x: (code.x - left) * scale, y: (code.y - top) * scale, width: code.width * scale, height: code.height * scale }
      const decoded = decodeRgba(image, rect)
      if (decoded !== job.expectedUrl(code.id)) wrong.push(`${code.id}: ${decoded ?? '无法解码'}`)
      job.onProgress?.(++done, total)
    }
  }
  await cdp.detach()
  return wrong
}

export interface PrintJob {
  html: string
  file: string
  /** Pages the layout is meant to produce: one sheet each. */
  expectedPages: number
  expectedUrl: (id: string) => string
  label: string
  onProgress?: (done: number, total: number) => void
}

export async function printPdf(browser: Browser, job: PrintJob): Promise<number> {
  const context = await browser.newContext({ deviceScaleFactor: 1, viewport: { width: 800, height: 1200 } })
  try {
    const page = await context.newPage()
    await page.emulateMedia({ media: 'print' })
    await page.setContent(job.html, { waitUntil: 'load' })
    await page.evaluate('document.fonts.ready.then(() => true)')
    const overflowing = await fitText(page)
    if (overflowing.length > 0) throw new UserError(`${job.label}：内容超出版面（目录里的文字太长？）：${overflowing.join('；')}`)
    const wrong = await checkRenderedCodes(page, job)
    if (wrong.length > 0) throw new Error(`${job.label}：印出的二维码与事项不符：${wrong.join('；')}`)
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } })
    const pages = countPdfPages(pdf)
    if (pages !== job.expectedPages) throw new Error(`${job.label}：PDF 有 ${pages} 页，应为 ${job.expectedPages} 页（版面溢出？）`)
    fs.writeFileSync(job.file, pdf)
    return pages
  } finally {
    await context.close()
  }
}

/** Counts page objects (`/Type /Page`, not `/Pages`) in a PDF as Chromium (Skia) writes it. */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0
}
