/**
 * Deep links from the service hall. One item card opens from three kinds of entry:
 *  - the page path with `?id=<item id>` (shares, in-app navigation);
 *  - an ordinary-link QR code: WeChat passes `q` = the whole URL, encoded once,
 *    of the form `<base>/item/<item id>`;
 *  - a 小程序码: WeChat passes `scene` (≤ 32 chars, no `%`), here `i=<item id>`.
 * Nothing here throws: every malformed input resolves to `{ kind: 'invalid' }`.
 */
import { ITEM_PAGE_PATH, QR_LINK_BASE } from './link-config'

/** Item ids are short ASCII keys; anything else is rejected before any lookup. */
export const ITEM_ID_PATTERN = /^[0-9A-Za-z_-]{1,16}$/
/** WeChat's rule for the `scene` of a 小程序码. */
export const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/
export const SCENE_MAX_LENGTH = 32
/** Longer inputs are not links we printed; refuse them before doing any work. */
const MAX_INPUT_LENGTH = 2048

export type LinkSource = 'id' | 'q' | 'scene'

export type DeepLinkResult =
  | { kind: 'item'; id: string; source: LinkSource }
  | { kind: 'invalid'; reason: string }

export type PageParams = Record<string, string | undefined>

function trimSlashes(base: string): string {
  return base.replace(/\/+$/, '')
}

/** The URL printed in an ordinary-link QR code. */
export function buildItemUrl(id: string, base: string = QR_LINK_BASE): string {
  return `${trimSlashes(base)}/item/${id}`
}

/** The `scene` for a 小程序码. */
export function buildItemScene(id: string): string {
  return `i=${id}`
}

/** The page path (with query) that opens an item's card. */
export function buildItemPagePath(id: string): string {
  return `${ITEM_PAGE_PATH}?id=${id}`
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

function asItemId(candidate: string | null | undefined): string | null {
  if (typeof candidate !== 'string') return null
  const trimmed = candidate.trim()
  return ITEM_ID_PATTERN.test(trimmed) ? trimmed : null
}

/** Extracts the id from `<anything>/item/<id>` (optionally followed by `/`, `?…` or `#…`). */
export function parseItemUrl(url: string): string | null {
  if (url.length > MAX_INPUT_LENGTH) return null
  const match = /^https?:\/\/[^/?#\s]+(?:\/[^?#\s]*)?\/item\/([^/?#\s]+)\/?(?:[?#].*)?$/i.exec(url.trim())
  return match ? asItemId(match[1]) : null
}

/** Reads `i=<id>` from a scene; WeChat hands the scene over URL-encoded, so decode once. */
export function parseScene(rawScene: string): string | null {
  if (rawScene.length > MAX_INPUT_LENGTH) return null
  const scene = safeDecode(rawScene)
  if (scene === null || !SCENE_PATTERN.test(scene)) return null
  for (const pair of scene.split('&')) {
    const [key, value] = pair.split('=')
    if (key === 'i') return asItemId(value)
  }
  return null
}

/**
 * Resolves the page's params to an item id. `exists` decides whether the id is in the catalog;
 * unknown ids are reported as invalid so the page can show the friendly not-found state.
 */
export function resolveItemLink(params: PageParams | null | undefined, exists: (id: string) => boolean): DeepLinkResult {
  if (!params || typeof params !== 'object') return { kind: 'invalid', reason: 'no parameters' }
  const check = (id: string | null, source: LinkSource, what: string): DeepLinkResult => {
    if (id === null) return { kind: 'invalid', reason: `malformed ${what}` }
    return exists(id) ? { kind: 'item', id, source } : { kind: 'invalid', reason: `unknown item ${id}` }
  }
  const { id, q, scene } = params
  if (typeof id === 'string' && id !== '') {
    // Taro passes query values still encoded on some platforms; an id never needs decoding.
    const decoded = id.length <= MAX_INPUT_LENGTH ? safeDecode(id) : null
    return check(asItemId(decoded), 'id', 'id')
  }
  if (typeof q === 'string' && q !== '') {
    const url = q.length <= MAX_INPUT_LENGTH ? safeDecode(q) : null
    return check(url === null ? null : parseItemUrl(url), 'q', 'QR link')
  }
  if (typeof scene === 'string' && scene !== '') {
    return check(parseScene(scene), 'scene', 'scene')
  }
  return { kind: 'invalid', reason: 'no item parameter' }
}
