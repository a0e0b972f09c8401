/**
 * Stable item ids (printed on QR codes), kept in the committed registry
 * data/source/item-ids.json: { "<corrected title>": "<id>" }. Keyed by title so
 * that reordering or renumbering rows does not change them. New ids are only
 * minted with --assign-ids: lower-case pinyin initials of the title (digits and
 * Latin letters kept), at most 16 characters, "-2", "-3"… on collision with any
 * id in the registry (retired ones included, so an id is never reused).
 */
import { ImportError } from './errors'

export const ID_PATTERN = /^[0-9A-Za-z_-]{1,16}$/
export const ID_MAX = 16

export type IdRegistry = Array<[title: string, id: string]>

export function parseIdRegistry(json: string, file: string): IdRegistry {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (e) {
    throw new ImportError(null, `invalid JSON: ${(e as Error).message}`, file)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ImportError(null, 'expected an object mapping titles to ids', file)
  }
  const entries = Object.entries(data as Record<string, unknown>)
  const seen = new Map<string, string>()
  for (const [title, id] of entries) {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      throw new ImportError(null, `id for "${title}" must be 1–16 characters of [0-9A-Za-z_-], got ${JSON.stringify(id)}`, file)
    }
    const other = seen.get(id)
    if (other !== undefined) throw new ImportError(null, `id "${id}" is used by both "${other}" and "${title}"`, file)
    seen.set(id, title)
  }
  return entries as IdRegistry
}

export function serialiseIdRegistry(registry: IdRegistry): string {
  const obj: Record<string, string> = {}
  for (const [title, id] of registry) obj[title] = id
  return JSON.stringify(obj, null, 2) + '\n'
}

/** Lower-case pinyin initials, e.g. 社会保障卡注销 → shbzkzx. */
export function initialsOf(title: string): string {
  // Loaded lazily: pinyin-pro is a devDependency used only when minting ids.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { pinyin } = require('pinyin-pro') as typeof import('pinyin-pro')
  const parts = pinyin(title, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
  return parts
    .join('')
    .toLowerCase()
    .replace(/[^0-9a-z]/g, '')
}

/** Add ids for titles that have none; returns the titles that got one. */
export function assignMissingIds(registry: IdRegistry, titles: string[], initials: (t: string) => string = initialsOf): string[] {
  const known = new Map(registry)
  const used = new Set(registry.map(([, id]) => id))
  const added: string[] = []
  for (const title of titles) {
    if (known.has(title)) continue
    const base = (initials(title) || 'item').slice(0, ID_MAX)
    let id = base
    for (let n = 2; used.has(id); n++) {
      const suffix = `-${n}`
      id = base.slice(0, ID_MAX - suffix.length) + suffix
    }
    used.add(id)
    known.set(title, id)
    registry.push([title, id])
    added.push(title)
  }
  return added
}
