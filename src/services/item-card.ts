/**
 * View logic of an item's card: what a resident needs, in the order they need it, and only
 * the sections the catalog actually discloses. Pure data in, plain view model out.
 */
import type { AppCatalogItem, AppMaterial } from '@/data/catalog-pack'
import type { Office, Phone } from '@/data/catalog-types'
import type { CatalogQueries } from './catalog'
import { buildItemPagePath } from './deep-link'
import { phoneAriaLabel } from './phone'

export const APP_NAME = '云州社保办事指南'
export const GAP_MESSAGE = '本事项暂未公开详细办理信息'

export interface ChecklistRow {
  /** Stable within an item: group and position. */
  key: string
  label: string
  /** e.g. 原件1份 · 复印件3份 */
  countNote: string | null
  note: string | null
}

export interface ChecklistGroup {
  title: string | null
  rows: ChecklistRow[]
}

export interface OfficeView {
  id: string
  name: string
  address: string | null
  /** What the copy button puts on the clipboard. */
  copyText: string
  hours: string | null
  coordinates: Office['coordinates']
}

export interface PhoneView extends Phone {
  ariaLabel: string
  /** Who answers, when it is not the item's own consultation line. */
  label: string | null
}

export interface Fact {
  label: string
  value: string
}

export interface LinkedItem {
  id: string
  seq: number
  title: string
}

export interface ItemCardView {
  id: string
  seq: number
  title: string
  titleInferred: boolean
  categoryId: string
  categoryName: string
  audience: string | null
  heading: string | null
  checklist: ChecklistGroup[]
  checklistSize: number
  offices: OfficeView[]
  phones: PhoneView[]
  /** True when the phones shown are the hall's, because the item discloses none. */
  phonesAreHallFallback: boolean
  facts: Fact[]
  steps: string[]
  notes: string[]
  disclosure: Fact[]
  basis: string[]
  /** The guide text comes from a merged cell held by another item. */
  guideSharedWith: LinkedItem | null
  /** The shared guide was written for another item, not this one. */
  guideWrittenFor: LinkedItem | null
  disclosureSharedWith: LinkedItem | null
  /** Nothing resident-facing is disclosed: show the gap message and the hall's phone. */
  isGap: boolean
  inferredTitleNote: string | null
}

export function materialCountNote(material: AppMaterial): string | null {
  const parts: string[] = []
  if (material.originals) parts.push(`原件${material.originals}份`)
  if (material.copies) parts.push(`复印件${material.copies}份`)
  return parts.length > 0 ? parts.join(' · ') : null
}

function linked(queries: CatalogQueries, seq: number | null | undefined): LinkedItem | null {
  if (seq === null || seq === undefined) return null
  const item = queries.getItemBySeq(seq)
  return item ? { id: item.id, seq: item.seq, title: item.title } : null
}

function firstSentence(text: string, max = 40): string {
  const sentence = text.split(/[。；;\n]/)[0].trim()
  return sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence
}

export function buildChecklist(item: AppCatalogItem): ChecklistGroup[] {
  const groups = item.guide?.materialGroups ?? []
  return groups
    .map((group, groupIndex) => ({
      title: group.title,
      rows: group.materials.map((material, index) => ({
        key: `${groupIndex}.${index}`,
        label: material.name,
        countNote: materialCountNote(material),
        note: material.note,
      })),
    }))
    .filter((group) => group.rows.length > 0)
}

export function buildItemCard(item: AppCatalogItem, queries: CatalogQueries): ItemCardView {
  const guide = item.guide
  // A guide written for another item would mislead here: show it only by link.
  const guideApplies = guide !== null && item.guideWrittenFor === null
  const applicable = guideApplies ? guide : null
  const category = queries.getCategory(item.categoryId)

  const checklist = applicable ? buildChecklist(item) : []
  const offices: OfficeView[] = (applicable?.officeIds ?? [])
    .map((id) => queries.getOffice(id))
    .filter((office): office is Office => office !== undefined)
    .map((office) => ({
      id: office.id,
      name: office.name,
      address: office.address,
      copyText: office.address && office.address !== office.name ? `${office.name}（${office.address}）` : office.name,
      hours: office.hours,
      coordinates: office.coordinates,
    }))

  const ownPhones = applicable?.phones ?? []
  const isGap = !applicable || (checklist.length === 0 && offices.length === 0 && ownPhones.length === 0 && applicable.steps.length === 0 && applicable.notes.length === 0 && !applicable.eligibility)
  // A national hotline alone (e.g. 12333 for 挂失) does not answer local questions: add the hall.
  const needsHall = ownPhones.every((phone) => phone.kind === 'hotline')
  const phones: PhoneView[] = [
    ...ownPhones.map((phone) => {
      const label = phone.kind === 'hotline' ? '全国人社服务热线' : null
      return { ...phone, ariaLabel: phoneAriaLabel(phone, label), label }
    }),
    ...(needsHall ? [hallPhoneView(queries)] : []),
  ]

  const facts: Fact[] = []
  if (applicable?.timeLimit) facts.push({ label: '办理时限', value: applicable.timeLimit })
  if (applicable?.fee) facts.push({ label: '收费标准', value: applicable.fee })
  if (applicable?.hours) facts.push({ label: '办事时间', value: applicable.hours })
  if (applicable?.mode) facts.push({ label: '办理方式', value: applicable.mode })
  if (applicable?.delivery) facts.push({ label: '结果送达', value: applicable.delivery })

  const d = item.disclosure
  const disclosure: Fact[] = []
  if (d.deadline) disclosure.push({ label: '公开时限', value: d.deadline })
  if (d.subject) disclosure.push({ label: '公开主体', value: d.subject })
  if (d.channels.length > 0) disclosure.push({ label: '公开渠道', value: d.channels.join('、') })
  if (d.audience.length > 0) disclosure.push({ label: '公开对象', value: d.audience.join('、') })
  if (d.method.length > 0) disclosure.push({ label: '公开方式', value: d.method.join('、') })
  if (d.level.length > 0) disclosure.push({ label: '公开层级', value: d.level.join('、') })

  return {
    id: item.id,
    seq: item.seq,
    title: item.title,
    titleInferred: item.titleInferred,
    categoryId: item.categoryId,
    categoryName: category?.name ?? '',
    audience: applicable?.eligibility ? firstSentence(applicable.eligibility, 60) : null,
    heading: applicable?.heading ?? null,
    checklist,
    checklistSize: checklist.reduce((sum, group) => sum + group.rows.length, 0),
    offices,
    phones,
    phonesAreHallFallback: ownPhones.length === 0,
    facts,
    steps: applicable?.steps ?? [],
    notes: applicable?.notes ?? [],
    disclosure,
    basis: d.basis,
    guideSharedWith: item.guideSharedFrom ? linked(queries, item.guideSharedFrom.seq) : null,
    guideWrittenFor: linked(queries, item.guideWrittenFor),
    disclosureSharedWith: item.disclosureSharedFrom ? linked(queries, item.disclosureSharedFrom.seq) : null,
    isGap,
    inferredTitleNote: item.titleInferred ? '目录原表未写明本事项名称，名称依国家社会保险经办服务清单推定' : null,
  }
}

/** A one-line hint under an item in a list: who it is for, or how long it takes. */
export function itemHint(item: AppCatalogItem): string {
  if (item.guideWrittenFor === null && item.guide) {
    if (item.guide.eligibility) return firstSentence(item.guide.eligibility, 26)
    if (item.guide.timeLimit) return `办理时限：${item.guide.timeLimit}`
  }
  if (item.guideSharedFrom && item.guideWrittenFor === null) return `与第${item.guideSharedFrom.seq}项共用办事指南`
  return '暂未公开详细办理信息，可电话咨询'
}

/** The checklist as plain text, with ticks, to paste into a chat for family. */
export function formatChecklistText(card: ItemCardView, ticked: ReadonlySet<string>): string {
  const done = card.checklist.reduce((sum, group) => sum + group.rows.filter((row) => ticked.has(row.key)).length, 0)
  const lines = [`【${APP_NAME}】${card.title}`, `所需材料（已备齐 ${done}/${card.checklistSize}）：`]
  for (const group of card.checklist) {
    if (group.title) lines.push(`${group.title}：`)
    group.rows.forEach((row, index) => {
      const extra = [row.countNote, row.note].filter(Boolean).join('，')
      lines.push(`${ticked.has(row.key) ? '☑' : '☐'} ${index + 1}. ${row.label}${extra ? `（${extra}）` : ''}`)
    })
  }
  for (const office of card.offices) lines.push(`办理地点：${office.copyText}`)
  if (card.phones.length > 0) lines.push(`咨询电话：${card.phones.map((p) => p.display).join('、')}`)
  return lines.join('\n')
}

export interface SharePayload {
  title: string
  path: string
}

export function shareAppMessagePayload(card: Pick<ItemCardView, 'id' | 'title'>): SharePayload {
  return { title: `${card.title}｜${APP_NAME}`, path: `/${buildItemPagePath(card.id)}` }
}

/** Timeline shares open the page in single-page mode: the query alone must render the card. */
export function shareTimelinePayload(card: Pick<ItemCardView, 'id' | 'title'>): { title: string; query: string } {
  return { title: `${card.title}｜${APP_NAME}`, query: `id=${card.id}` }
}

export function hallPhoneView(queries: CatalogQueries): PhoneView {
  const phone = queries.catalog.hall.phone
  return { ...phone, ariaLabel: phoneAriaLabel(phone, '社保大厅'), label: '社保大厅' }
}
