/**
 * Offices: the reviewed registry data/source/offices.json maps every place the
 * source names to a stable id. Names come from labelled cells (办理地点 /
 * 办理机构), mentions from unlabelled text that says where to go (到人社局,
 * 云州区北街邮政…). Addresses come only from the source (办理地址); the registry
 * holds none, and coordinates stay null.
 */
import { ImportError } from './errors'

export interface OfficeDef {
  id: string
  name: string
  /** Exact names used in 办理地点 / 办理机构 cells. */
  names: string[]
  /** Substrings of unlabelled text that send the reader to this place. */
  mentions: string[]
  /** Why the registry entry exists and where its name comes from. */
  source: string
}

export function parseOfficeRegistry(json: string, file: string): OfficeDef[] {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (e) {
    throw new ImportError(null, `invalid JSON: ${(e as Error).message}`, file)
  }
  if (!Array.isArray(data)) throw new ImportError(null, 'expected an array of offices', file)
  const ids = new Set<string>()
  return data.map((o: Record<string, unknown>, k) => {
    const ok =
      typeof o.id === 'string' && /^[a-z0-9-]{2,32}$/.test(o.id) &&
      typeof o.name === 'string' && o.name !== '' &&
      Array.isArray(o.names) && o.names.every((n) => typeof n === 'string') &&
      Array.isArray(o.mentions) && o.mentions.every((n) => typeof n === 'string') &&
      typeof o.source === 'string'
    if (!ok) throw new ImportError(null, `office #${k + 1} must have id (a-z0-9-), name, names[], mentions[], source`, file)
    if (ids.has(o.id as string)) throw new ImportError(null, `duplicate office id "${o.id as string}"`, file)
    ids.add(o.id as string)
    return o as unknown as OfficeDef
  })
}

export class OfficeIndex {
  private byName = new Map<string, OfficeDef>()

  constructor(readonly defs: OfficeDef[]) {
    for (const d of defs) for (const n of d.names) this.byName.set(n, d)
  }

  /** Resolve a labelled value such as 村委会、乡镇及区社保大厅 to office ids. */
  resolveLabelled(value: string, line: number): string[] {
    const names = value
      .split(/[、及和]/)
      .map((s) => s.trim())
      .filter((s) => s !== '')
    return names.map((n) => {
      const def = this.byName.get(n)
      if (!def) {
        throw new ImportError(line, `office "${n}" is not in the office registry (data/source/offices.json); add it with a stable id`)
      }
      return def.id
    })
  }

  /** Offices the text sends the reader to. */
  mentionedIn(text: string): string[] {
    return this.defs.filter((d) => d.mentions.some((m) => text.includes(m))).map((d) => d.id)
  }
}
