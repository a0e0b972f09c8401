import { catalogQueries } from '@/services/catalog'
import { resolveShortcuts, SHORTCUT_SPECS } from '@/services/home'
import {
  buildItemCard,
  formatChecklistText,
  itemHint,
  materialCountNote,
  shareAppMessagePayload,
  shareTimelinePayload,
} from '@/services/item-card'
import { resolveItemLink } from '@/services/deep-link'
import { dialDigits, phoneAriaLabel } from '@/services/phone'

const bySeq = (seq: number) => catalogQueries.getItemBySeq(seq)!
const card = (seq: number) => buildItemCard(bySeq(seq), catalogQueries)

describe('catalog queries', () => {
  it('lists 9 categories in source order with counts summing to 78', () => {
    const categories = catalogQueries.listCategories()
    expect(categories.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(categories.reduce((sum, c) => sum + c.count, 0)).toBe(78)
    expect(new Set(categories.map((c) => c.glyph)).size).toBe(9)
  })
  it('keeps catalog order inside a category', () => {
    const seqs = catalogQueries.itemsInCategory('injury').map((item) => item.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
    expect(seqs).toHaveLength(24)
  })
})

describe('home shortcuts', () => {
  it('resolve every shortcut to a catalog item', () => {
    expect(resolveShortcuts(catalogQueries)).toHaveLength(SHORTCUT_SPECS.length)
  })
})

describe('item card view', () => {
  it('shows grouped materials with copies and originals (item 22: 土葬 / 火葬)', () => {
    const view = card(22)
    expect(view.checklist.map((g) => g.title)).toEqual(['土葬待遇材料', '火葬待遇所需材料'])
    const certificate = view.checklist[0].rows.find((row) => row.label.includes('死亡销户证明'))!
    expect(certificate.countNote).toBe('原件1份 · 复印件2份')
    expect(view.checklistSize).toBe(view.checklist[0].rows.length + view.checklist[1].rows.length)
    expect(new Set(view.checklist.flatMap((g) => g.rows.map((r) => r.key))).size).toBe(view.checklistSize)
  })

  it('gives the office and a tap-to-call phone with normalised digits (item 17, corrected number)', () => {
    const view = card(17)
    expect(view.offices.map((o) => o.name)).toContain('大同市云州区社保大厅')
    expect(view.phones.map((p) => p.digits)).toEqual(['03528018778'])
    expect(view.phones[0].ariaLabel).toBe('拨打电话 0352-8018778')
    expect(view.offices.every((o) => o.coordinates === null)).toBe(true)
  })

  it('adds the hall when the only number is the national hotline (item 76)', () => {
    const view = card(76)
    expect(view.phones.map((p) => p.display)).toEqual(['12333', '0352-8018778'])
    expect(view.phones[0].label).toBe('全国人社服务热线')
  })

  it('never renders a blank card: gaps fall back to the hall phone (items 25, 73)', () => {
    for (const seq of [25, 73]) {
      const view = card(seq)
      expect(view.isGap).toBe(true)
      expect(view.checklist).toEqual([])
      expect(view.phonesAreHallFallback).toBe(true)
      expect(view.phones.map((p) => p.display)).toEqual(['0352-8018778'])
    }
    expect(card(17).isGap).toBe(false)
  })

  it('links shared guides to their source and does not show a guide written for another item', () => {
    const shared = card(36)
    expect(shared.guideSharedWith).toMatchObject({ seq: 34 })
    const writtenForOther = card(43)
    expect(writtenForOther.guideWrittenFor).toMatchObject({ seq: 42 })
    expect(writtenForOther.checklist).toEqual([])
    expect(writtenForOther.steps).toEqual([])
    expect(writtenForOther.isGap).toBe(true)
    const transfer = card(42)
    expect(transfer.guideWrittenFor).toBeNull()
    expect(transfer.guideSharedWith).toMatchObject({ seq: 41 })
  })

  it('folds the disclosure facts and says where merged ones come from (item 4 ← 3)', () => {
    const view = card(4)
    expect(view.basis.length).toBeGreaterThan(0)
    expect(view.disclosure.map((f) => f.label)).toEqual(['公开时限', '公开主体', '公开渠道', '公开对象', '公开方式', '公开层级'])
    expect(view.disclosureSharedWith).toMatchObject({ seq: 3 })
  })

  it('explains an inferred title (item 13)', () => {
    expect(card(13).inferredTitleNote).toContain('推定')
    expect(card(12).inferredTitleNote).toBeNull()
  })

  it('gives a one-line hint for every item', () => {
    for (const item of catalogQueries.allItems()) {
      const hint = itemHint(item)
      expect(hint.length).toBeGreaterThan(3)
      expect(hint.length).toBeLessThanOrEqual(40)
    }
  })
})

describe('checklist text', () => {
  it('lists every document with its tick, progress, office and phone', () => {
    const view = card(22)
    const text = formatChecklistText(view, new Set(['0.0', '1.2']))
    expect(text).toContain(`已备齐 2/${view.checklistSize}`)
    expect(text).toContain('土葬待遇材料：')
    expect(text).toContain('☑ 1. ')
    expect(text.split('\n').filter((line) => /^[☑☐] /.test(line))).toHaveLength(view.checklistSize)
    expect(text).toContain('咨询电话：0352-8018778')
  })
  it('material count notes', () => {
    expect(materialCountNote({ name: 'x', originals: 1, copies: 3, note: null })).toBe('原件1份 · 复印件3份')
    expect(materialCountNote({ name: 'x', originals: null, copies: null, note: null })).toBeNull()
  })
})

describe('share payloads', () => {
  it('open the same card from the path or the timeline query alone', () => {
    const view = card(57)
    const message = shareAppMessagePayload(view)
    expect(message.title).toContain(view.title)
    const query = new URLSearchParams(message.path.split('?')[1])
    expect(resolveItemLink(Object.fromEntries(query), (id) => catalogQueries.hasItem(id))).toMatchObject({ kind: 'item', id: view.id })
    const timeline = shareTimelinePayload(view)
    expect(resolveItemLink(Object.fromEntries(new URLSearchParams(timeline.query)), (id) => catalogQueries.hasItem(id))).toMatchObject({ id: view.id })
  })
})

describe('phones', () => {
  it('dial digits only and announce the number', () => {
    const phone = { digits: '0352-8018778', display: '0352-8018778', kind: 'landline' as const }
    expect(dialDigits(phone)).toBe('03528018778')
    expect(phoneAriaLabel(phone)).toBe('拨打电话 0352-8018778')
  })
})
