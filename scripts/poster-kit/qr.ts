/**
 * QR images for the service-hall codes and the check that they scan back to the right item through
 * the app's own deep-link parser. Error correction Q (25 %): posters get taped, creased and scuffed.
 */
import QRCode from 'qrcode'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import {
  SCENE_MAX_LENGTH,
  SCENE_PATTERN,
  buildItemPagePath,
  buildItemScene,
  buildItemUrl,
  resolveItemLink,
} from '../../src/services/deep-link'

export const ERROR_CORRECTION = 'Q' as const
/** Quiet zone in modules, as the QR standard asks; it is part of every printed size below. */
export const QUIET_ZONE = 4
/** Pixels per module of the PNG files (540 px wide: 46 mm at 300 dpi, 60 mm at 230 dpi; the SVG is the vector master for anything bigger). */
const PNG_SCALE = 12

export interface ItemCode {
  id: string
  url: string
  scene: string
  pagePath: string
  svg: string
  png: Buffer
  /** Modules per side, quiet zone excluded (grows with the URL's length). */
  modules: number
}

export async function makeItemCode(id: string, base: string): Promise<ItemCode> {
  const url = buildItemUrl(id, base)
  const options = { errorCorrectionLevel: ERROR_CORRECTION, margin: QUIET_ZONE }
  const [svg, png] = await Promise.all([
    QRCode.toString(url, { ...options, type: 'svg' }),
    QRCode.toBuffer(url, { ...options, type: 'png', scale: PNG_SCALE }),
  ])
  const modules = QRCode.create(url, { errorCorrectionLevel: ERROR_CORRECTION }).modules.size
  return { id, url, scene: buildItemScene(id), pagePath: buildItemPagePath(id), svg, png, modules }
}

export interface Rgba {
  data: Uint8Array
  width: number
  height: number
}

export function readPng(png: Buffer): Rgba {
  const image = PNG.sync.read(png)
  return { data: image.data, width: image.width, height: image.height }
}

/** Decodes the first QR code in an RGBA image (or the given rectangle of it); null when none is found. */
export function decodeRgba(image: Rgba, rect?: { x: number; y: number; width: number; height: number }): string | null {
  let { data, width, height } = image
  if (rect) {
    const x0 = Math.max(0, Math.floor(rect.x))
    const y0 = Math.max(0, Math.floor(rect.y))
    const w = Math.min(width - x0, Math.ceil(rect.width))
    const h = Math.min(height - y0, Math.ceil(rect.height))
    const crop = new Uint8Array(w * h * 4)
    for (let row = 0; row < h; row++) {
      const start = ((y0 + row) * width + x0) * 4
      crop.set(data.subarray(start, start + w * 4), row * w * 4)
    }
    data = crop
    width = w
    height = h
  }
  const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.length)
  return jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null
}

/** Decodes the first QR code in a PNG; null when none is found. */
export function decodePng(png: Buffer): string | null {
  return decodeRgba(readPng(png))
}

/**
 * What the mini-program does with a scanned ordinary-link code: WeChat hands the page `q` = the URL
 * encoded once. Returns the item id the app would open, or null.
 */
export function idFromScannedUrl(url: string, exists: (id: string) => boolean): string | null {
  const result = resolveItemLink({ q: encodeURIComponent(url) }, exists)
  return result.kind === 'item' ? result.id : null
}

export function idFromScene(scene: string, exists: (id: string) => boolean): string | null {
  const result = resolveItemLink({ scene }, exists)
  return result.kind === 'item' ? result.id : null
}

/**
 * Every way the item can be reached must land on this item. Returns the problems found (empty when
 * the code is right): the decoded PNG, the scene of the 小程序码 and the page path are all checked.
 */
export function checkItemCode(code: ItemCode, exists: (id: string) => boolean): string[] {
  const problems: string[] = []
  const decoded = decodePng(code.png)
  if (decoded === null) problems.push('PNG 二维码无法解码')
  else if (decoded !== code.url) problems.push(`PNG 解码为 ${decoded}，应为 ${code.url}`)
  else if (idFromScannedUrl(decoded, exists) !== code.id) problems.push(`小程序无法从 ${decoded} 打开该事项`)
  if (code.scene.length > SCENE_MAX_LENGTH || !SCENE_PATTERN.test(code.scene)) {
    problems.push(`scene "${code.scene}" 不符合微信规则（≤ ${SCENE_MAX_LENGTH} 个字符）`)
  } else if (idFromScene(encodeURIComponent(code.scene), exists) !== code.id) {
    problems.push(`scene "${code.scene}" 无法打开该事项`)
  }
  const query = new URLSearchParams(code.pagePath.split('?')[1] ?? '')
  const byPath = resolveItemLink({ id: query.get('id') ?? undefined }, exists)
  if (byPath.kind !== 'item' || byPath.id !== code.id) problems.push(`页面路径 ${code.pagePath} 无法打开该事项`)
  return problems
}
