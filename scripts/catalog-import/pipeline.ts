/**
 * The importer as a pure function: source and reviewed data files (as text) in,
 * catalog.json and the data-quality report (as text) out. No file system access
 * here, so tests can run it in-process; scripts/import-catalog.ts does the I/O.
 */
import { createHash } from 'crypto'
import {
  CATALOG_SCHEMA_VERSION,
  Catalog,
  CatalogItem,
  Disclosure,
  DisclosureAudience,
  DisclosureLevel,
  DisclosureMethod,
  GapField,
  ItemGuide,
  Office,
  Phone,
} from '../../src/data/catalog-types'
import { AppliedRecord, applyCorrections, CorrectionsFile, GuideScope, parseCorrections } from './corrections'
import { ImportError } from './errors'
import { ELEMENT_LIST, ParsedGuide, parseGuide } from './guide'
import { assignMissingIds, IdRegistry, initialsOf, parseIdRegistry, serialiseIdRegistry } from './ids'
import { Resolved, resolveMerged } from './merge'
import { OfficeIndex, parseOfficeRegistry } from './offices'
import { HOTLINE, uniquePhones } from './phones'
import { renderReport } from './report'
import { splitSource, squash } from './source'
import { CATEGORIES, Cell, ItemRecord, resolveRows, RowRecord, TEXT_FIELDS, TICK_LABELS } from './structure'
import { bracketsBalanced, depthMap } from './text'

export interface ImportInputs {
  source: { file: string; text: string }
  corrections: { file: string; text: string }
  ids: { file: string; text: string }
  offices: { file: string; text: string }
}

export interface ImportOptions {
  /** Mint ids for items missing from the registry instead of failing. */
  assignIds?: boolean
  /** Id minting function (tests); defaults to pinyin initials. */
  initials?: (title: string) => string
}

/** Everything the report needs besides the catalog itself. */
export interface ImportFacts {
  items: ItemRecord[]
  resolved: Map<number, Resolved>
  applied: AppliedRecord[]
  decisions: CorrectionsFile
  scopes: Map<number, GuideScope>
  blankLinesInCells: number[]
  ideographicSpaceLines: number[]
  staleIds: IdRegistry
  addedIds: string[]
  phoneUse: Map<string, { phone: Phone; items: number[] }>
}

export interface ImportResult {
  catalog: Catalog
  catalogText: string
  reportText: string
  registryText: string
  addedIds: string[]
  summary: string
}

const SHARED_CONTENT_REASON = 'The source table merges this item\'s content cell with the item\'s that holds the text.'
const SHARED_DISCLOSURE_REASON = 'The source table merges this item\'s disclosure cells (basis, deadline, subject, channels or ticks) with the item\'s that holds them.'

export function buildCatalog(inputs: ImportInputs, options: ImportOptions = {}): ImportResult {
  const parsed = splitSource(inputs.source.text)
  const decisions = parseCorrections(inputs.corrections.text, inputs.corrections.file)
  const officeIndex = new OfficeIndex(parseOfficeRegistry(inputs.offices.text, inputs.offices.file))
  const registry = parseIdRegistry(inputs.ids.text, inputs.ids.file)

  const items = resolveRows(parsed.rows, decisions, inputs.corrections.file)
  const bySeq = new Map(items.map((i) => [i.seq, i]))

  // Corrections.
  const applied = applyCorrections(
    decisions,
    (seq, field) => {
      const item = bySeq.get(seq)
      if (!item) return null
      const m = /^displaced\.(.+)$/.exec(field)
      if (m) {
        if (item.displaced.length !== 1) return null
        return item.displaced[0].cells[m[1] as keyof RowRecord['cells']] ?? null
      }
      return item.cells[field as keyof RowRecord['cells']] ?? null
    },
    inputs.corrections.file,
  )

  // After corrections: names present, brackets balanced, titles unique.
  const titles = new Map<string, number>()
  for (const item of items) {
    for (const row of [item, ...item.displaced]) {
      for (const f of TEXT_FIELDS) {
        const cell = row.cells[f]
        if (f !== 'category' && f !== 'deadline' && f !== 'channels' && !bracketsBalanced(cell.text)) {
          throw new ImportError(unbalancedLine(cell), `unbalanced bracket in ${f} of item ${item.seq}: add a correction`)
        }
      }
    }
    const title = item.cells.title.text
    if (title === '') throw new ImportError(item.line, `item ${item.seq} has no name`)
    const other = titles.get(title)
    if (other !== undefined) throw new ImportError(item.line, `items ${other} and ${item.seq} have the same name "${title}"`)
    titles.set(title, item.seq)
  }

  const resolved = resolveMerged(items)

  // Guide scopes: every shared content cell needs a reviewed decision.
  const scopes = new Map(decisions.guideScopes.map((s) => [s.holder, s]))
  const members = new Map<number, number[]>()
  for (const item of items) {
    const holder = (resolved.get(item.seq) as Resolved).from.content
    if (holder !== undefined) members.set(holder, [...(members.get(holder) ?? [holder]), item.seq])
  }
  members.forEach((seqs, holder) => {
    const scope = scopes.get(holder)
    if (!scope) {
      throw new ImportError(
        (bySeq.get(holder) as ItemRecord).cells.content.line,
        `the content of item ${holder} is shared by items ${seqs.slice(1).join(', ')}; add a guideScopes entry to ${inputs.corrections.file}`,
      )
    }
    const outside = scope.writtenFor.filter((s) => !seqs.includes(s))
    if (outside.length > 0) {
      throw new ImportError(null, `guideScopes for holder ${holder}: items ${outside.join(', ')} do not share its content`, inputs.corrections.file)
    }
  })
  scopes.forEach((_s, holder) => {
    if (!members.has(holder)) throw new ImportError(null, `guideScopes for holder ${holder}: no item shares its content`, inputs.corrections.file)
  })

  // Guides (parsed once per content cell).
  const parsedGuides = new Map<string, ParsedGuide>()
  const parseCell = (key: string, cell: Cell): ParsedGuide => {
    let g = parsedGuides.get(key)
    if (!g) {
      g = squash(cell.text) === ELEMENT_LIST ? elementListGuide() : parseGuide({ text: cell.text, lines: cell.lines }, officeIndex)
      parsedGuides.set(key, g)
    }
    return g
  }

  const addresses = new Map<string, { address: string; line: number }>()
  const officePhones = new Map<string, Map<string, { phone: Phone; count: number }>>()
  const phoneUse = new Map<string, { phone: Phone; items: number[] }>()
  const usedOffices = new Set<string>()

  const catalogItems: CatalogItem[] = []
  for (const item of items) {
    const r = resolved.get(item.seq) as Resolved
    const holderSeq = r.from.content ?? item.seq
    const holder = bySeq.get(holderSeq) as ItemRecord
    const notes = [...item.events]
    let guide: ItemGuide | null = null
    const sources: ParsedGuide[] = []
    // A content cell reading only 无 ("none") discloses nothing: no guide.
    const saysNone = squash(r.text.content) === '无'
    if (saysNone) notes.push('The content cell reads only 无 (none); no guide is disclosed.')
    if (r.text.content !== '' && !saysNone) sources.push(parseCell(`item:${holderSeq}`, holder.cells.content))
    item.displaced.forEach((d, k) => {
      if (d.cells.content.text !== '') sources.push(parseCell(`displaced:${item.seq}:${k}`, d.cells.content))
    })
    if (sources.length > 0) guide = mergeGuides(sources.map((s) => s.guide))
    if (squash(r.text.content) === ELEMENT_LIST) {
      notes.push('The content cell only lists the names of the elements to disclose (事项名称、事项简述…), not their values.')
    }

    for (const s of sources) {
      for (const a of s.addresses) {
        const known = addresses.get(a.officeId)
        if (known && known.address !== a.address) {
          throw new ImportError(a.line, `office ${a.officeId} has two addresses: "${known.address}" (line ${known.line}) and "${a.address}"`)
        }
        addresses.set(a.officeId, { address: a.address, line: a.line })
      }
      if (s.labelledOfficeIds.length === 1) {
        const m = officePhones.get(s.labelledOfficeIds[0]) ?? new Map()
        for (const p of s.labelledPhones) {
          const e = m.get(p.digits) ?? { phone: p, count: 0 }
          e.count++
          m.set(p.digits, e)
        }
        officePhones.set(s.labelledOfficeIds[0], m)
      }
    }
    if (guide) {
      guide.officeIds.forEach((id) => usedOffices.add(id))
      for (const p of guide.phones) {
        const u = phoneUse.get(p.digits) ?? { phone: p, items: [] }
        u.items.push(item.seq)
        phoneUse.set(p.digits, u)
      }
    }

    let guideWrittenFor: number | null = null
    const scope = scopes.get(holderSeq)
    if (scope && !scope.writtenFor.includes(item.seq)) {
      guideWrittenFor = scope.writtenFor[0]
      const described = scope.writtenFor.map((s) => `${s} (${(bySeq.get(s) as ItemRecord).cells.title.text})`).join(' and ')
      notes.push(`The guide text${guide?.heading ? ` (titled ${guide.heading})` : ''} was written for item ${described}, not for this item; it is shown because the source merges the cells.`)
    }
    if (item.displaced.length > 0) {
      notes.push('Office, phone and the printing note in the guide come from the displaced row (see raw.displacedRows).')
    }

    const disclosure = toDisclosure(r)
    const gaps = gapsOf(guide, disclosure)
    const own = (f: 'content' | 'basis' | 'deadline' | 'subject' | 'channels'): string | null =>
      item.cells[f].text === '' ? null : item.cells[f].text
    const disclosureFrom = ['basis', 'deadline', 'subject', 'channels', 'ticks']
      .map((f) => r.from[f as keyof Resolved['from']])
      .find((s) => s !== undefined)

    catalogItems.push({
      id: '',
      seq: item.seq,
      categoryId: item.categoryId,
      title: item.cells.title.text,
      titleInferred: item.titleInferred,
      sourceLine: item.line,
      raw: {
        title: item.cells.title.text,
        content: own('content'),
        basis: own('basis'),
        deadline: own('deadline'),
        subject: own('subject'),
        channels: own('channels'),
        ticks: [...item.ticks],
        displacedRows: item.displaced.map((d) => ({
          sourceLine: d.line,
          category: d.cells.category.text || null,
          title: d.cells.title.text,
          content: d.cells.content.text || null,
          basis: d.cells.basis.text || null,
          deadline: d.cells.deadline.text || null,
          subject: d.cells.subject.text || null,
          channels: d.cells.channels.text || null,
          ticks: [...d.ticks],
        })),
      },
      guide,
      guideSharedFrom: r.from.content !== undefined ? { seq: r.from.content, reason: SHARED_CONTENT_REASON } : null,
      guideWrittenFor,
      disclosure,
      disclosureSharedFrom: disclosureFrom !== undefined ? { seq: disclosureFrom, reason: SHARED_DISCLOSURE_REASON } : null,
      gaps,
      corrections: applied.filter((a) => a.seq === item.seq).map(({ field, from, to, reason }) => ({ field, from, to, reason })),
      notes,
    })
  }

  // Offices.
  const offices: Office[] = officeIndex.defs
    .filter((d) => usedOffices.has(d.id))
    .map((d) => ({
      id: d.id,
      name: d.name,
      address: addresses.get(d.id)?.address ?? null,
      phones: [...(officePhones.get(d.id)?.values() ?? [])]
        .sort((a, b) => b.count - a.count || a.phone.digits.localeCompare(b.phone.digits))
        .map((e) => e.phone),
      hours: null,
      coordinates: null,
    }))
  const hallOffice = offices.find((o) => o.id === 'hall')
  if (!hallOffice || hallOffice.phones.length === 0) {
    throw new ImportError(null, 'no item names the service hall (office id "hall") with a consultation phone', inputs.offices.file)
  }

  // Ids.
  const addedIds = options.assignIds ? assignMissingIds(registry, catalogItems.map((i) => i.title), options.initials ?? initialsOf) : []
  const idOf = new Map(registry)
  const missing = catalogItems.filter((i) => !idOf.has(i.title))
  if (missing.length > 0) {
    throw new ImportError(
      missing[0].sourceLine,
      `no id registered for ${missing.map((i) => `${i.seq} "${i.title}"`).join(', ')} in ${inputs.ids.file}; ` +
        'run the importer with --assign-ids once and commit the registry (ids are printed on QR codes and must never change)',
    )
  }
  for (const i of catalogItems) i.id = idOf.get(i.title) as string
  const liveTitles = new Set(catalogItems.map((i) => i.title))
  const staleIds = registry.filter(([t]) => !liveTitles.has(t))

  catalogItems.sort((a, b) => a.seq - b.seq)
  const catalog: Catalog = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    source: {
      file: inputs.source.file,
      sha256: createHash('sha256').update(inputs.source.text, 'utf8').digest('hex'),
      title: parsed.title,
    },
    hall: { officeId: 'hall', phone: hallOffice.phones[0], hotline: HOTLINE },
    categories: CATEGORIES.map((c, k) => ({ id: c.id, name: c.name, order: k + 1 })),
    offices,
    items: catalogItems,
  }

  const facts: ImportFacts = {
    items,
    resolved,
    applied,
    decisions,
    scopes,
    blankLinesInCells: parsed.blankLinesInCells,
    ideographicSpaceLines: parsed.ideographicSpaceLines,
    staleIds,
    addedIds,
    phoneUse,
  }
  const reportText = renderReport(catalog, facts)
  const catalogText = JSON.stringify(catalog, null, 2) + '\n'
  const counts = CATEGORIES.map((c) => `${c.id} ${catalogItems.filter((i) => i.categoryId === c.id).length}`).join(', ')
  const summary =
    `${catalogItems.length} items in ${catalog.categories.length} categories (${counts}); ` +
    `${applied.length} corrections applied; ${offices.length} offices; ` +
    `${catalogItems.filter((i) => i.gaps.length > 0).length} items with gaps`
  return { catalog, catalogText, reportText, registryText: serialiseIdRegistry(registry), addedIds, summary }
}

function unbalancedLine(cell: Cell): number {
  // Best effort: the line holding the first bracket left open.
  const depth = depthMap(cell.text)
  const lastZero = depth.lastIndexOf(0)
  const k = cell.text.slice(0, Math.max(0, lastZero)).split('\n').length - 1
  return cell.lines[Math.min(k, cell.lines.length - 1)] ?? cell.line
}

function elementListGuide(): ParsedGuide {
  return {
    guide: {
      heading: null,
      eligibility: null,
      materialGroups: [],
      steps: [],
      timeLimit: null,
      fee: null,
      hours: null,
      mode: null,
      delivery: null,
      officeIds: [],
      phones: [],
      notes: [ELEMENT_LIST],
    },
    addresses: [],
    labelledPhones: [],
    labelledOfficeIds: [],
  }
}

function mergeGuides(guides: ItemGuide[]): ItemGuide {
  const copy = (g: ItemGuide): ItemGuide => JSON.parse(JSON.stringify(g)) as ItemGuide
  const [first, ...rest] = guides.map(copy)
  for (const g of rest) {
    first.heading = first.heading ?? g.heading
    first.eligibility = first.eligibility ?? g.eligibility
    first.materialGroups.push(...g.materialGroups)
    first.steps.push(...g.steps)
    first.timeLimit = first.timeLimit ?? g.timeLimit
    first.fee = first.fee ?? g.fee
    first.hours = first.hours ?? g.hours
    first.mode = first.mode ?? g.mode
    first.delivery = first.delivery ?? g.delivery
    first.officeIds = [...new Set([...first.officeIds, ...g.officeIds])]
    first.phones = uniquePhones([...first.phones, ...g.phones])
    first.notes.push(...g.notes)
  }
  return first
}

function splitList(text: string): string[] {
  // Channels: "■政府网站■政务服务中心…" or "政府网站   政务服务中心   …".
  const parts = text.includes('■') ? text.split('■') : text.split(/\s{2,}|\n/)
  return parts.map((p) => squash(p)).filter((p) => p !== '')
}

function splitBasis(text: string): string[] {
  // 《…》 titles, separated by 、 or nothing; layout line breaks inside titles are dropped.
  const flat = squash(text)
  const depth = depthMap(flat)
  const out: string[] = []
  let buf = ''
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i]
    if (depth[i] === 0 && (ch === '、' || ch === '，')) {
      out.push(buf)
      buf = ''
      continue
    }
    if (depth[i] === 0 && ch === '《' && buf.endsWith('》')) {
      out.push(buf)
      buf = ''
    }
    buf += ch
  }
  out.push(buf)
  return out.map((s) => s.trim()).filter((s) => s !== '')
}

function toDisclosure(r: Resolved): Disclosure {
  const ticked = (k: number): boolean => r.ticks[k] === '√'
  return {
    basis: r.text.basis === '' ? [] : splitBasis(r.text.basis),
    deadline: r.text.deadline === '' ? null : squash(r.text.deadline),
    subject: r.text.subject === '' ? null : squash(r.text.subject),
    channels: r.text.channels === '' ? [] : splitList(r.text.channels),
    audience: ([0, 1].filter(ticked).map((k) => TICK_LABELS[k]) as DisclosureAudience[]),
    method: ([2, 3].filter(ticked).map((k) => TICK_LABELS[k]) as DisclosureMethod[]),
    level: ([4, 5].filter(ticked).map((k) => TICK_LABELS[k]) as DisclosureLevel[]),
  }
}

function gapsOf(guide: ItemGuide | null, d: Disclosure): GapField[] {
  const gaps: GapField[] = []
  if (!guide) gaps.push('guide')
  if (!guide?.eligibility) gaps.push('eligibility')
  if (!guide || guide.materialGroups.length === 0) gaps.push('materials')
  if (!guide || guide.officeIds.length === 0) gaps.push('office')
  if (!guide || guide.phones.length === 0) gaps.push('phones')
  if (d.basis.length === 0) gaps.push('basis')
  if (!d.deadline) gaps.push('deadline')
  if (!d.subject) gaps.push('subject')
  if (d.channels.length === 0) gaps.push('channels')
  if (d.audience.length === 0) gaps.push('audience')
  if (d.method.length === 0) gaps.push('method')
  if (d.level.length === 0) gaps.push('level')
  return gaps
}


