/**
 * Service-hall QR posters, regenerated in one command after each catalog update:
 *
 *   npm run posters -- [--out out/posters] [--base https://host/path] [--catalog src/data/catalog.json]
 *
 * Writes into the output folder (default out/posters/, git-ignored):
 *   posters.pdf               one A4 poster per item (title, category, 100 mm QR code, phones, seq + id)
 *   index-sheets.pdf          per category, titles with small codes, for the notice board
 *   codes/<id>.svg|png        the bare codes, for staff who lay out their own posters
 *   miniprogram-codes.csv     id, seq, title, scene, page, path: input for WeChat's 小程序码 interface
 *   manifest.json             what was generated from which catalog, for which URL prefix
 *
 * Every code encodes buildItemUrl(id, base) and is checked before anything is kept: the PNG and the
 * code as rendered on each printed page are decoded and passed through the app's own parser
 * (resolveItemLink), which must open exactly that item. Output is staged in a temp folder and
 * renamed into place at the end, so a failure never leaves a half-written PDF.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { CatalogItem } from '../src/data/catalog-types'
import { ITEM_PAGE_PATH, QR_LINK_BASE } from '../src/services/link-config'
import { buildItemUrl } from '../src/services/deep-link'
import { parseOptions } from './poster-kit/args'
import { DEFAULT_CATALOG, loadCatalog } from './poster-kit/catalog-input'
import { toCsv } from './poster-kit/csv'
import { UserError } from './poster-kit/errors'
import { INDEX_PER_PAGE, POSTER_QR_MM, indexHtml, indexPages, postersHtml, type PrintContext } from './poster-kit/html'
import { isPlaceholderBase, validateLinkBase } from './poster-kit/link-base'
import { checkPrintPrerequisites, launchPrinter, printPdf } from './poster-kit/print'
import { QUIET_ZONE, checkItemCode, makeItemCode, type ItemCode } from './poster-kit/qr'
import { MANIFEST, createStaging } from './poster-kit/staging'

export const GENERATOR = 'yunzhou-shebao-guide/posters'
/** Module pitch below which a code is no longer comfortably read from 1.5 m. */
const MIN_MODULE_MM = 1.8
export const DEFAULT_OUT = path.resolve(__dirname, '../out/posters')
export const FILES = {
  posters: 'posters.pdf',
  index: 'index-sheets.pdf',
  codes: 'codes',
  csv: 'miniprogram-codes.csv',
  manifest: MANIFEST,
} as const

const USAGE = `用法：npm run posters -- [--out <文件夹>] [--base <网址>] [--catalog <catalog.json>]
  --out      输出文件夹（默认 out/posters/，整体替换）
  --base     二维码网址前缀（默认 src/services/link-config.ts 的 QR_LINK_BASE），只接受 http(s)
  --catalog  目录文件（默认 src/data/catalog.json）`

const tty = process.stderr.isTTY === true
function progress(label: string, done: number, total: number): void {
  if (tty) process.stderr.write(`\r${label} ${done}/${total}\x1b[K${done === total ? '\n' : ''}`)
  else if (done === total) process.stderr.write(`${label} ${done}/${total}\n`)
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

function folderSize(dir: string): number {
  return fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0)
}

export async function main(argv: string[]): Promise<void> {
  const started = Date.now()
  const options = parseOptions(argv, ['out', 'base', 'catalog'], ['help'])
  if (options.has('help')) {
    console.log(USAGE)
    return
  }
  const base = validateLinkBase(options.get('base') ?? QR_LINK_BASE, options.has('base') ? '--base' : 'QR_LINK_BASE（src/services/link-config.ts）')
  const catalogFile = path.resolve(options.get('catalog') ?? DEFAULT_CATALOG)
  const catalog = loadCatalog(catalogFile)
  checkPrintPrerequisites()
  if (isPlaceholderBase(base)) {
    process.stderr.write(`注意：二维码指向示例域名 ${base}，扫码打不开任何页面；正式印制前请在 src/services/link-config.ts 设置 QR_LINK_BASE 或传 --base\n`)
  }
  const staging = createStaging(options.get('out') ?? DEFAULT_OUT, GENERATOR)
  const interrupted = () => {
    staging.abort()
    process.stderr.write('\n已中断，未写入任何文件\n')
    process.exit(130)
  }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  let browser: Browser | null = null
  try {
    const items: CatalogItem[] = [...catalog.items].sort((a, b) => a.seq - b.seq)
    const ids = new Set(items.map((item) => item.id))
    const exists = (id: string) => ids.has(id)

    // 1. Codes, each checked through the app's own parser before it is kept.
    const codes = new Map<string, ItemCode>()
    const codesDir = path.join(staging.dir, FILES.codes)
    fs.mkdirSync(codesDir)
    for (const item of items) {
      const code = await makeItemCode(item.id, base)
      const problems = checkItemCode(code, exists)
      if (problems.length > 0) throw new UserError(`第${item.seq}项（${item.id}）的二维码有误：${problems.join('；')}`)
      fs.writeFileSync(path.join(codesDir, `${item.id}.svg`), code.svg)
      fs.writeFileSync(path.join(codesDir, `${item.id}.png`), code.png)
      codes.set(item.id, code)
      progress('二维码', codes.size, items.length)
    }

    // 2. Input for WeChat's 小程序码 interface: getUnlimitedQRCode takes scene + page, wxacode.get takes path.
    const rows = items.map((item) => {
      const code = codes.get(item.id) as ItemCode
      return [item.id, item.seq, item.title, code.scene, ITEM_PAGE_PATH, code.pagePath]
    })
    fs.writeFileSync(path.join(staging.dir, FILES.csv), toCsv([['id', 'seq', 'title', 'scene', 'page', 'path'], ...rows]))

    // 3. PDFs, printed by Chromium after checking every rendered code.
    const context: PrintContext = { catalog, codes, version: catalog.source.sha256.slice(0, 8) }
    const expectedUrl = (id: string) => buildItemUrl(id, base)
    browser = await launchPrinter()
    const posterPages = await printPdf(browser, {
      html: postersHtml(items, context),
      file: path.join(staging.dir, FILES.posters),
      expectedPages: items.length,
      expectedUrl,
      label: '海报',
      onProgress: (done, total) => progress('海报', done, total),
    })
    const sheets = indexPages(catalog)
    const indexPageCount = await printPdf(browser, {
      html: indexHtml(sheets, context),
      file: path.join(staging.dir, FILES.index),
      expectedPages: sheets.length,
      expectedUrl,
      label: '分类索引',
      onProgress: (done, total) => progress('分类索引', done, total),
    })
    await browser.close()
    browser = null

    fs.writeFileSync(path.join(staging.dir, FILES.manifest), `${JSON.stringify({
      generator: GENERATOR,
      generatedAt: new Date().toISOString(),
      base,
      rulePrefix: `${base}/item/`,
      catalog: { file: path.relative(process.cwd(), catalogFile), sha256: catalog.source.sha256, items: items.length },
      posters: { file: FILES.posters, pages: posterPages, qrWidthMm: POSTER_QR_MM },
      index: { file: FILES.index, pages: indexPageCount, perPage: INDEX_PER_PAGE, categories: [...new Set(sheets.map((s) => s.category.id))] },
      items: items.map((item) => ({ id: item.id, seq: item.seq, url: expectedUrl(item.id) })),
    }, null, 2)}\n`)
    staging.commit()

    const modules = Math.max(...[...codes.values()].map((code) => code.modules))
    const pitch = POSTER_QR_MM / (modules + 2 * QUIET_ZONE)
    const out = staging.target
    const shown = path.relative(process.cwd(), out) || '.'
    const stat = (name: string) => fs.statSync(path.join(out, name)).size
    console.log([
      `海报       ${path.join(shown, FILES.posters)}  ${posterPages} 页，${size(stat(FILES.posters))}`,
      `分类索引   ${path.join(shown, FILES.index)}  ${indexPageCount} 页（${sheets.length} 张，${new Set(sheets.map((s) => s.category.id)).size} 个分类），${size(stat(FILES.index))}`,
      `单独二维码 ${path.join(shown, FILES.codes)}/  ${items.length} × SVG + PNG，${size(folderSize(path.join(out, FILES.codes)))}`,
      `小程序码   ${path.join(shown, FILES.csv)}  ${items.length} 行`,
      `二维码尺寸 海报上 ${POSTER_QR_MM} mm（含留白），最多 ${modules}×${modules} 模块，每模块 ${pitch.toFixed(1)} mm` +
        (pitch < MIN_MODULE_MM ? `（注意：小于 ${MIN_MODULE_MM} mm，1.5 米外可能扫不出，请缩短网址前缀）` : ''),
      `二维码内容 ${base}/item/<编号>；小程序后台“扫普通链接二维码打开小程序”的规则前缀：${base}/item/`,
      `核对       ${items.length}/${items.length} 个二维码（PNG 与印出页面）经小程序解析均打开对应事项`,
      `用时       ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
    ].join('\n'))
  } catch (error) {
    staging.abort()
    throw error
  } finally {
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
    if (browser) await browser.close().catch(() => undefined)
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (tty) process.stderr.write('\n')
    if (error instanceof UserError) process.stderr.write(`posters: 错误：${error.message}\n（输出文件夹未改动）\n`)
    else process.stderr.write(`posters: 失败，输出文件夹未改动：${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
    process.exitCode = 1
  })
}
