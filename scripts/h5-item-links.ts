/**
 * QR landing pages for the H5 build (run after `npm run build:h5`, hooked as `postbuild:h5`):
 *
 *   tsx scripts/h5-item-links.ts [--dist dist-h5] [--catalog src/data/catalog.json]
 *
 * The printed QR code encodes `<base>/item/<id>`. Inside WeChat the registered ordinary-link rule opens
 * the mini-program; any other camera opens that URL in a browser, where the H5 build is hosted at
 * `<base>`. This writes `<dist>/item/<id>/index.html` for every catalog item: a tiny static page that
 * immediately replaces itself with the hash-routed card `<base>/#/pages/item/index?id=<id>`, with a
 * visible link (and <noscript>) as fallback. The target is computed from the page's own path, so it
 * works under any base path and with or without the trailing slash; the fallback link is relative.
 *
 * Also copies WeChat's rule-verification file(s) from deploy/qr-verify/*.txt (when present) into
 * `<dist>/item/`, the last directory of the rule prefix `<base>/item/`, so redeploying never drops them.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { CatalogItem } from '../src/data/catalog-types'
import { ITEM_PAGE_PATH } from '../src/services/link-config'
import { buildItemPagePath } from '../src/services/deep-link'
import { parseOptions } from './poster-kit/args'
import { DEFAULT_CATALOG, loadCatalog } from './poster-kit/catalog-input'
import { UserError } from './poster-kit/errors'
import { APP_NAME, escapeHtml } from './poster-kit/html'

const ROOT = path.resolve(__dirname, '..')
export const VERIFY_DIR = path.join(ROOT, 'deploy/qr-verify')

/** The hash route of an item's card in the H5 build, e.g. `#/pages/item/index?id=cbdwzx`. */
export function cardHash(id: string): string {
  return `#/${buildItemPagePath(id)}`
}

export function landingPage(item: Pick<CatalogItem, 'id' | 'title'>): string {
  const hash = cardHash(item.id)
  const relative = `../../${hash}`
  const title = escapeHtml(item.title)
  // The id is [0-9A-Za-z_-] (checked on load), so it is safe inside the script and the regex.
  const script = `(function () {
  var p = location.pathname.replace(/item\\/${item.id}\\/?(index\\.html)?$/, '');
  location.replace(p === location.pathname ? ${JSON.stringify(relative)} : p + ${JSON.stringify(hash)});
})();`
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · ${APP_NAME}</title>
<script>${script}</script>
<style>body{font-family:-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;padding:32px 20px;line-height:1.6;color:#111}a{color:#0b5d3b;font-size:18px}</style>
</head>
<body>
<h1 style="font-size:22px">${title}</h1>
<noscript><p>浏览器未启用脚本，请点击下方链接查看办事指南。</p></noscript>
<p>正在打开办事指南……如未自动跳转，<a href="${escapeHtml(relative)}">请点此查看「${title}」</a></p>
</body>
</html>
`
}

export interface LinkResult {
  dir: string
  items: number
  verifyFiles: string[]
}

/** Writes `<dist>/item/` afresh (staged, then swapped in) from the catalog. */
export function writeItemLinks(dist: string, items: CatalogItem[], verifyDir: string = VERIFY_DIR): LinkResult {
  const distAbs = path.resolve(dist)
  if (!fs.existsSync(path.join(distAbs, 'index.html'))) {
    throw new UserError(`${distAbs}/index.html 不存在：先运行 npm run build:h5`)
  }
  const target = path.join(distAbs, 'item')
  const staging = fs.mkdtempSync(path.join(distAbs, '.item.tmp-'))
  try {
    for (const item of items) {
      const dir = path.join(staging, item.id)
      fs.mkdirSync(dir)
      fs.writeFileSync(path.join(dir, 'index.html'), landingPage(item))
    }
    const verifyFiles = fs.existsSync(verifyDir) ? fs.readdirSync(verifyDir).filter((name) => name.endsWith('.txt')) : []
    for (const name of verifyFiles) fs.copyFileSync(path.join(verifyDir, name), path.join(staging, name))
    fs.chmodSync(staging, 0o755)
    fs.rmSync(target, { recursive: true, force: true })
    fs.renameSync(staging, target)
    return { dir: target, items: items.length, verifyFiles }
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true })
    throw error
  }
}

export function main(argv: string[]): void {
  const options = parseOptions(argv, ['dist', 'catalog'])
  const catalog = loadCatalog(path.resolve(options.get('catalog') ?? DEFAULT_CATALOG))
  const result = writeItemLinks(options.get('dist') ?? path.join(ROOT, 'dist-h5'), catalog.items)
  const shown = path.relative(process.cwd(), result.dir) || result.dir
  console.log(`H5 扫码落地页 ${shown}/<编号>/index.html：${result.items} 个，跳转到 #/${ITEM_PAGE_PATH}?id=<编号>` +
    (result.verifyFiles.length > 0 ? `；校验文件 ${result.verifyFiles.join('、')}` : ''))
}

if (require.main === module) {
  try {
    main(process.argv.slice(2))
  } catch (error) {
    if (error instanceof UserError) process.stderr.write(`h5-item-links: 错误：${error.message}\n`)
    else process.stderr.write(`h5-item-links: 失败：${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}
