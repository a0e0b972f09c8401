/**
 * Field extraction: one content cell → the structured ItemGuide.
 *
 * The content is split at labels ("办理地点：", "2、申领条件：", "二、办理程序:"): a
 * label starts at the beginning of the text, after a line break, a separator
 * (。；，) or spaces, optionally behind a numbering, and never inside 《》 or
 * parentheses. Values of one-line fields (time limit, fee, hours, mode,
 * delivery, office, address, phones, 事项名称) end at the end of their line (or
 * the next label); a line break right after the colon is skipped (item 10's
 * 办理方式). Eligibility, materials, steps and 事项简述 run to the next label.
 * A numbered phrase ending in a colon that is no known label ("3、补贴标准：")
 * starts an unlabelled paragraph. Unlabelled text becomes notes; a first line
 * ending in a colon is the guide's heading. An unlabelled list of at least two
 * numbered entries that all name originals/copies (item 24) is a materials list.
 */
import type { ItemGuide, Phone } from '../../src/data/catalog-types'
import { ImportError } from './errors'
import { MaterialSection, parseMaterials } from './materials'
import { OfficeIndex } from './offices'
import { findPhones, uniquePhones } from './phones'
import { BOUNDARY_CHARS, NUMBERING_SOURCE, cleanValue, depthMap, execAll, hasLeadingNumbering, normaliseSpaces, splitNumbered, stripNumbering } from './text'

type LabelField =
  | 'eligibility' | 'materials' | 'steps' | 'timeLimit' | 'fee' | 'hours' | 'mode'
  | 'delivery' | 'office' | 'address' | 'phones' | 'itemName' | 'summary'

export const LABELS: ReadonlyArray<readonly [string, LabelField]> = [
  ['对象范围', 'eligibility'], ['服务对象', 'eligibility'], ['申领对象', 'eligibility'],
  ['申请条件', 'eligibility'], ['受理条件', 'eligibility'], ['申领条件', 'eligibility'], ['对象', 'eligibility'],
  ['申请材料', 'materials'], ['办理材料', 'materials'], ['申报材料', 'materials'],
  ['办理流程', 'steps'], ['办理程序', 'steps'],
  ['办理时限', 'timeLimit'], ['办理期限', 'timeLimit'],
  ['收费依据及标准', 'fee'], ['收费标准', 'fee'],
  ['办事时间', 'hours'],
  ['办理方式', 'mode'], ['办理形式', 'mode'],
  ['结果送达', 'delivery'],
  ['办理地点', 'office'], ['办理机构', 'office'],
  ['办理地址', 'address'],
  ['咨询电话', 'phones'], ['联系电话', 'phones'],
  ['事项名称', 'itemName'], ['事项简述', 'summary'],
]

const ONE_LINE = new Set<LabelField>(['timeLimit', 'fee', 'hours', 'mode', 'delivery', 'office', 'address', 'phones', 'itemName'])
const LABEL_FIELD = new Map<string, LabelField>(LABELS.map(([l, f]) => [l, f]))
const LABEL_ALT = [...LABELS].map(([l]) => l).sort((a, b) => b.length - a.length).join('|')

const MARKER = new RegExp(
  `(?:^|(?<=[${BOUNDARY_CHARS}]))(${NUMBERING_SOURCE})?[ \\t]*(?:(${LABEL_ALT})|([\\u4e00-\\u9fff]{2,6}?材料)|([\\u4e00-\\u9fffA-Za-z]{2,10}))[ \\t]*[：:]`,
  'g',
)

/** The element names every catalog lists as 公开内容; a cell holding only this list discloses no values. */
export const ELEMENT_LIST = '事项名称、事项简述、办理材料、办理方式、办理时限、结果送达、收费依据及标准、办事时间、办理机构及地点、咨询查询途径、监督投诉渠道'

interface Marker {
  start: number
  end: number
  /** Known field, or 'materials' for a group label, or null for a sub-heading. */
  field: LabelField | null
  label: string
  groupTitle: string | null
}

export interface ContentText {
  text: string
  /** Source line of each line of `text`. */
  lines: number[]
}

export interface ParsedGuide {
  guide: ItemGuide
  /** Addresses (办理地址) keyed by office id. */
  addresses: Array<{ officeId: string; address: string; line: number }>
  /** Phones given under 咨询电话 / 联系电话. */
  labelledPhones: Phone[]
  /** Offices named in 办理地点 / 办理机构 (for attributing phones). */
  labelledOfficeIds: string[]
}

function lineAt(content: ContentText, index: number): number {
  const k = content.text.slice(0, index).split('\n').length - 1
  return content.lines[Math.min(k, content.lines.length - 1)]
}

function findMarkers(text: string): Marker[] {
  const depth = depthMap(text)
  const out: Marker[] = []
  for (const m of execAll(MARKER, text)) {
    if (depth[m.index] !== 0) continue
    const [, numbering, label, group, sub] = m
    if (label) {
      out.push({ start: m.index, end: m.index + m[0].length, field: LABEL_FIELD.get(label) ?? null, label, groupTitle: null })
    } else if (group) {
      out.push({ start: m.index, end: m.index + m[0].length, field: 'materials', label: group, groupTitle: group })
    } else if (sub && numbering) {
      out.push({ start: m.index, end: m.index + m[0].length, field: null, label: sub, groupTitle: null })
    }
  }
  return out
}

/** Notes or steps: lines and numbered entries, a "…：" line joined to the next. */
function paragraphs(text: string): string[] {
  const parts = splitNumbered(text).map((p) => stripNumbering(p).trim())
  const out: string[] = []
  for (const p of parts) {
    const prev = out[out.length - 1]
    if (prev !== undefined && /[：:]$/.test(prev)) out[out.length - 1] = prev + p
    else out.push(p)
  }
  return out.map((p) => cleanValue(p, true)).filter((p) => p !== '')
}

const COPY_WORDS = /原件|复印件/

export function parseGuide(content: ContentText, offices: OfficeIndex): ParsedGuide {
  const text = normaliseSpaces(content.text)
  const markers = findMarkers(text)

  const eligibility: Array<{ label: string; value: string }> = []
  const materials: MaterialSection[] = []
  const steps: string[] = []
  const single: Partial<Record<LabelField, string[]>> = {}
  const notes: string[] = []
  const officeIds: string[] = []
  const labelledOfficeIds: string[] = []
  const addresses: ParsedGuide['addresses'] = []
  const unlabelled: string[] = []
  let heading: string | null = null

  // Preamble: text before the first marker.
  let preamble = text.slice(0, markers.length > 0 ? markers[0].start : text.length).trim()
  if (preamble !== '') {
    const firstLine = preamble.split('\n')[0].trim()
    if (/[：:]$/.test(firstLine) && firstLine.length <= 30) {
      heading = cleanValue(firstLine)
      preamble = preamble.slice(preamble.indexOf(firstLine) + firstLine.length).trim()
    }
    const entries = splitNumbered(preamble)
    if (entries.length >= 2 && entries.every((e) => hasLeadingNumbering(e) && COPY_WORDS.test(e))) {
      materials.push({ title: null, text: preamble })
    } else if (preamble !== '') {
      unlabelled.push(preamble)
    }
  }

  markers.forEach((mk, k) => {
    const end = k + 1 < markers.length ? markers[k + 1].start : text.length
    let value = text.slice(mk.end, end)
    if (mk.field === null) {
      unlabelled.push(`${mk.label}：${value.trim()}`)
      return
    }
    if (ONE_LINE.has(mk.field)) {
      const lead = /^[ \t]*\n?/.exec(value)?.[0] ?? ''
      const rest = value.slice(lead.length)
      const nl = rest.indexOf('\n')
      const own = nl === -1 ? rest : rest.slice(0, nl)
      const tail = nl === -1 ? '' : rest.slice(nl + 1)
      if (tail.trim() !== '') unlabelled.push(tail)
      value = own
    }
    const clean = cleanValue(value, mk.field === 'eligibility' || mk.field === 'summary')
    switch (mk.field) {
      case 'eligibility':
        if (clean) eligibility.push({ label: mk.label, value: clean })
        break
      case 'materials':
        materials.push({ title: mk.groupTitle, text: value })
        break
      case 'steps':
        steps.push(...paragraphs(value))
        break
      case 'office': {
        const ids = offices.resolveLabelled(clean, lineAt(content, mk.end))
        labelledOfficeIds.push(...ids)
        officeIds.push(...ids)
        break
      }
      case 'address': {
        const owners = [...new Set(labelledOfficeIds)]
        if (owners.length !== 1) {
          throw new ImportError(lineAt(content, mk.start), `办理地址 "${clean}" does not follow exactly one 办理机构/办理地点`)
        }
        addresses.push({ officeId: owners[0], address: clean, line: lineAt(content, mk.start) })
        break
      }
      case 'itemName':
      case 'summary':
        if (clean) notes.push(`${mk.label}：${clean}`)
        break
      default:
        if (clean) (single[mk.field] = single[mk.field] ?? []).push(clean)
    }
  })

  for (const u of unlabelled) notes.push(...paragraphs(u))

  // Phones anywhere in the text.
  const phones: Phone[] = []
  for (const p of findPhones(text)) {
    if (!p.phone) {
      throw new ImportError(
        lineAt(content, p.index),
        `invalid phone number "${p.text}": expected a Datong landline (0352 + 7 digits) or 12333; fix it in corrections.json`,
      )
    }
    phones.push(p.phone)
  }
  const labelledPhones = uniquePhones(
    (single.phones ?? []).flatMap((v) => findPhones(v).map((p) => p.phone).filter((p): p is Phone => p !== null)),
  )

  for (const id of offices.mentionedIn([...notes, ...steps].join('\n'))) officeIds.push(id)

  const joinOne = (f: LabelField): string | null => {
    const v = single[f]
    return v && v.length > 0 ? v.join('；') : null
  }

  const guide: ItemGuide = {
    heading,
    eligibility:
      eligibility.length === 0
        ? null
        : eligibility.length === 1
          ? eligibility[0].value
          : eligibility.map((e) => `${e.label}：${e.value}`).join('\n'),
    materialGroups: parseMaterials(materials),
    steps,
    timeLimit: joinOne('timeLimit'),
    fee: joinOne('fee'),
    hours: joinOne('hours'),
    mode: joinOne('mode'),
    delivery: joinOne('delivery'),
    officeIds: [...new Set(officeIds)],
    phones: uniquePhones(phones),
    notes,
  }
  return { guide, addresses, labelledPhones, labelledOfficeIds: [...new Set(labelledOfficeIds)] }
}
