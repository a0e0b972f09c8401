/**
 * Catalog importer: committed output is up to date, damaged input is rejected
 * with a line number and nothing written, and the catalog holds the facts the
 * source (plus the reviewed corrections) discloses.
 */
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { parseCorrections } from '../../scripts/catalog-import/corrections'
import { assignMissingIds, IdRegistry, initialsOf, parseIdRegistry } from '../../scripts/catalog-import/ids'
import { parseMaterial } from '../../scripts/catalog-import/materials'
import { buildCatalog, ImportInputs } from '../../scripts/catalog-import/pipeline'
import { CliOptions, defaultOptions, main, runImport } from '../../scripts/import-catalog'
import type { CatalogItem, GapField, Phone } from '../../src/data/catalog-types'

const ROOT = path.resolve(__dirname, '../..')
const OPTS = defaultOptions(ROOT)
const SOURCE = fs.readFileSync(OPTS.source, 'utf8')
const fresh = runImport(OPTS)
const catalog = fresh.catalog
const item = (seq: number): CatalogItem => {
  const found = catalog.items.find((i) => i.seq === seq)
  if (!found) throw new Error(`no item ${seq}`)
  return found
}
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, k) => a + k)

function inputs(sourceText = SOURCE): ImportInputs {
  const read = (f: string) => ({ file: path.basename(f), text: fs.readFileSync(f, 'utf8') })
  return {
    source: { file: 'data/source/catalog-source.txt', text: sourceText },
    corrections: read(OPTS.corrections),
    ids: read(OPTS.ids),
    offices: read(OPTS.offices),
  }
}

/** Source lines as an array (1-based access via lines[n - 1]). */
const sourceLines = (): string[] => SOURCE.split('\n')

describe('committed output', () => {
  it('src/data/catalog.json and docs/data-quality.md equal a fresh run', () => {
    expect(fs.readFileSync(OPTS.out, 'utf8')).toBe(fresh.catalogText)
    expect(fs.readFileSync(OPTS.report, 'utf8')).toBe(fresh.reportText)
  })

  it('is deterministic', () => {
    const again = buildCatalog(inputs())
    expect(again.catalogText).toBe(fresh.catalogText)
    expect(again.reportText).toBe(fresh.reportText)
    expect(fresh.reportText).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
  })

  it('--check passes on the committed files and fails on a stale copy', () => {
    const quiet = { log: () => undefined, err: () => undefined }
    expect(main(['--check', '--quiet'], quiet.log, quiet.err)).toBe(0)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-check-'))
    try {
      const stale = path.join(dir, 'catalog.json')
      fs.writeFileSync(stale, fresh.catalogText.replace('0352-8018778', '0352-8018779'))
      const errors: string[] = []
      expect(main(['--check', '--out', stale, '--report', OPTS.report], quiet.log, (s) => errors.push(s))).toBe(1)
      expect(errors.join('\n')).toMatch(/out of date/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('damaged input', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-damage-'))
  })
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  /** Runs the CLI on a damaged copy; the output file pre-exists with a sentinel. */
  function runDamaged(sourceText: string, extra: Partial<Record<keyof CliOptions, string>> = {}): { code: number; message: string } {
    const source = path.join(dir, 'damaged.txt')
    const out = path.join(dir, 'catalog.json')
    const report = path.join(dir, 'report.md')
    fs.writeFileSync(source, sourceText)
    fs.writeFileSync(out, 'SENTINEL')
    const args = ['--source', source, '--out', out, '--report', report, '--quiet']
    for (const [k, v] of Object.entries(extra)) args.push(`--${k}`, v as string)
    const errors: string[] = []
    const code = main(args, () => undefined, (s) => errors.push(s))
    expect(fs.readFileSync(out, 'utf8')).toBe('SENTINEL')
    expect(fs.existsSync(report)).toBe(false)
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
    return { code, message: errors.join('\n') }
  }

  const withLines = (edit: (lines: string[]) => string[]): string => edit(sourceLines()).join('\n')

  it('rejects a file truncated inside a row', () => {
    const r = runDamaged(withLines((l) => l.slice(0, 999)))
    expect(r.code).toBe(1)
    expect(r.message).toMatch(/damaged\.txt:970: row has 7 cells, expected 14; the source looks truncated/)
  })

  it('rejects a file truncated between rows', () => {
    const r = runDamaged(withLines((l) => l.slice(0, 1153)))
    expect(r.code).toBe(1)
    expect(r.message).toMatch(/damaged\.txt:1152: the source ends after 序号 56; expected 78 items/)
  })

  it('rejects a row with the wrong number of cells', () => {
    // Line 780 is one of item 35's empty cells.
    const r = runDamaged(withLines((l) => l.filter((_, k) => k !== 779)))
    expect(r.code).toBe(1)
    expect(r.message).toMatch(/damaged\.txt:770: row has 13 cells, expected 14/)
  })

  it('rejects a duplicate seq', () => {
    const r = runDamaged(withLines((l) => l.map((x, k) => (k === 1168 ? '\t57' : x))))
    expect(r.code).toBe(1)
    expect(r.message).toMatch(/damaged\.txt:1169: duplicate 序号 57 \(already used by the row at line 1154\)/)
  })

  it('rejects a row whose number is missing when no rule explains it', () => {
    const r = runDamaged(withLines((l) => l.map((x, k) => (k === 1153 ? '\t' : x))))
    expect(r.code).toBe(1)
    expect(r.message).toMatch(/damaged\.txt:1154: row has no 序号 and no rule explains it/)
  })

  it('rejects a missing seq (row deleted)', () => {
    const r = runDamaged(withLines((l) => l.filter((_, k) => k < 1153 || k > 1167)))
    expect(r.code).toBe(1)
    expect(r.message).toMatch(/damaged\.txt:\d+: 序号 57 is missing \(expected after the row of 序号 56 at line 1139\)/)
  })

  it('rejects an invalid phone number', () => {
    const r = runDamaged(withLines((l) => l.map((x, k) => (k === 127 ? x.replace('0352-8118300', '0352-811830') : x))))
    expect(r.code).toBe(1)
    expect(r.message).toMatch(/damaged\.txt:128: invalid phone number "0352-811830"/)
  })

  it('rejects a correction whose text is not found', () => {
    // The source already says 个人基本信息变更: correction #3 is stale.
    const r = runDamaged(withLines((l) => l.map((x, k) => (k === 163 ? '\t个人基本信息变更' : x))))
    expect(r.code).toBe(1)
    expect(r.message).toMatch(/damaged\.txt:164: correction #3 \(seq 7, title\): text "个人基信息变更" not found/)
  })

  it('rejects an unclosed bracket that no correction fixes', () => {
    const r = runDamaged(withLines((l) => l.map((x, k) => (k === 1485 ? x.replace('修改密码：', '修改密码（') : x))))
    expect(r.code).toBe(1)
    expect(r.message).toMatch(/damaged\.txt:1486: unbalanced bracket in content of item 75/)
  })

  it('fails when an item has no registered id, and names --assign-ids', () => {
    const ids = path.join(dir, 'ids.json')
    const registry = JSON.parse(fs.readFileSync(OPTS.ids, 'utf8')) as Record<string, string>
    delete registry['社会保障卡注销']
    fs.writeFileSync(ids, JSON.stringify(registry))
    const r = runDamaged(SOURCE, { ids })
    expect(r.code).toBe(1)
    expect(r.message).toMatch(/damaged\.txt:1533: no id registered for 78 "社会保障卡注销".*--assign-ids/)
  })
})

describe('catalog facts', () => {
  it('has 78 items with seq 1–78 exactly once, in order', () => {
    expect(catalog.items.map((i) => i.seq)).toEqual(range(1, 78))
  })

  it('has the 9 categories in source order with their item counts', () => {
    expect(catalog.categories.map((c) => [c.order, c.id, c.name])).toEqual([
      [1, 'registration', '社会保险登记'],
      [2, 'info', '社会保险参保信息维护'],
      [3, 'contribution', '社会保险缴费申请'],
      [4, 'records', '社会保险参保缴费记录查询'],
      [5, 'pension', '养老保险服务'],
      [6, 'injury', '工伤保险服务'],
      [7, 'unemployment', '失业保险服务'],
      [8, 'annuity', '企业年金方案备案'],
      [9, 'card', '社会保障卡服务'],
    ])
    const counts = catalog.categories.map((c) => catalog.items.filter((i) => i.categoryId === c.id).length)
    expect(counts).toEqual([5, 5, 4, 2, 16, 24, 11, 3, 8])
    expect(item(1).categoryId).toBe('registration')
    expect(item(14).categoryId).toBe('contribution')
    expect(item(15).categoryId).toBe('records')
  })

  it('gives every item a valid, unique id equal to the committed registry', () => {
    const registry = new Map(parseIdRegistry(fs.readFileSync(OPTS.ids, 'utf8'), 'item-ids.json'))
    const ids = catalog.items.map((i) => i.id)
    expect(new Set(ids).size).toBe(78)
    for (const i of catalog.items) {
      expect(i.id).toMatch(/^[0-9A-Za-z_-]{1,16}$/)
      expect(registry.get(i.title)).toBe(i.id)
    }
    expect(item(78).id).toBe('shbzkzx')
  })

  it('keeps ids when rows are reordered (ids are keyed by title)', () => {
    const lines = sourceLines()
    // Swap the rows of items 58 (lines 1169–1183) and 59 (lines 1184–1198).
    const swapped = [...lines.slice(0, 1168), ...lines.slice(1183, 1198), ...lines.slice(1168, 1183), ...lines.slice(1198)]
    const other = buildCatalog(inputs(swapped.join('\n'))).catalog
    for (const i of other.items) expect(i.id).toBe(catalog.items.find((x) => x.title === i.title)?.id)
  })

  it('infers item 13 from the unnumbered, unnamed row', () => {
    expect(item(13)).toMatchObject({ title: '社会保险费断缴补缴申报', titleInferred: true, sourceLine: 270, categoryId: 'contribution' })
    expect(item(13).notes.join(' ')).toMatch(/title inferred/)
    expect(catalog.items.filter((i) => i.titleInferred).map((i) => i.seq)).toEqual([13])
  })

  it('keeps the displaced row at line 288 with item 15', () => {
    const i15 = item(15)
    expect(i15.raw.displacedRows).toHaveLength(1)
    expect(i15.raw.displacedRows[0].sourceLine).toBe(288)
    expect(i15.guide?.officeIds).toEqual(['hall'])
    expect(i15.guide?.phones.map((p) => p.display)).toEqual(['0352-8018778'])
    expect(i15.guide?.notes).toContain('企业社保联系人来经办机构打印')
    expect(i15.notes.join(' ')).toMatch(/line 288/)
    expect(catalog.items.filter((i) => i.raw.displacedRows.length > 0).map((i) => i.seq)).toEqual([15])
  })

  it('has item 54 from the glued row', () => {
    expect(item(54)).toMatchObject({
      title: '一次性工亡补助金（含生活困难，预支50%确认）、丧葬补助金申领',
      sourceLine: 1111,
      categoryId: 'injury',
      titleInferred: false,
    })
    expect(item(54).guideSharedFrom?.seq).toBe(53)
  })

  it('links merged content and disclosure cells to the row that holds them', () => {
    const guideFrom = (s: number) => item(s).guideSharedFrom?.seq ?? null
    for (const s of range(35, 40)) expect(guideFrom(s)).toBe(34)
    for (const s of range(42, 47)) expect(guideFrom(s)).toBe(41)
    for (const s of range(49, 52)) expect(guideFrom(s)).toBe(48)
    for (const s of range(54, 56)) expect(guideFrom(s)).toBe(53)
    expect(guideFrom(70)).toBe(69)
    const shared = catalog.items.filter((i) => i.guideSharedFrom).map((i) => i.seq)
    expect(shared).toEqual([...range(35, 40), ...range(42, 47), ...range(49, 52), ...range(54, 56), 70])

    const disclosureFrom = Object.fromEntries(
      catalog.items.filter((i) => i.disclosureSharedFrom).map((i) => [i.seq, i.disclosureSharedFrom?.seq]),
    )
    expect(disclosureFrom).toEqual({
      4: 3, 5: 3, 7: 6, 9: 8, 10: 8, 13: 12, 14: 12, 16: 15,
      35: 34, 36: 34, 37: 34, 38: 34, 39: 34, 40: 34,
      42: 41, 43: 41, 44: 41, 45: 41, 46: 41, 47: 41,
      49: 48, 50: 48, 51: 48, 52: 48, 54: 53, 55: 53, 56: 53,
      70: 69, 75: 74, 76: 74, 77: 74, 78: 74,
    })
    // 4–5 keep their own channels; only the empty cells are inherited.
    expect(item(4).raw.channels).not.toBeNull()
    expect(item(4).raw.basis).toBeNull()
    expect(item(4).disclosure.basis).toEqual(item(3).disclosure.basis)
  })

  it('records which items a shared guide was written for', () => {
    const writtenFor = Object.fromEntries(catalog.items.filter((i) => i.guideWrittenFor !== null).map((i) => [i.seq, i.guideWrittenFor]))
    expect(writtenFor).toEqual({
      36: 34, 37: 34, 38: 34, 39: 34, 40: 34,
      41: 42, 43: 42, 44: 42, 45: 42, 46: 42, 47: 42,
      52: 48,
      56: 53,
    })
    expect(item(41).guide?.heading).toBe('转诊转院申请确认流程')
    expect(item(42).guideSharedFrom?.seq).toBe(41)
    expect(item(42).guideWrittenFor).toBeNull()
  })

  it('records the undisclosed items 25, 30, 72, 73 as gaps', () => {
    const all: GapField[] = ['guide', 'eligibility', 'materials', 'office', 'phones', 'basis', 'deadline', 'subject', 'channels', 'audience', 'method', 'level']
    expect(item(25).guide).toBeNull()
    expect(item(25).gaps).toEqual(all)
    expect(item(73).guide).toBeNull()
    expect(item(73).gaps).toEqual(all)
    expect(item(30).guide).toBeNull()
    expect(item(30).gaps).toEqual(all.filter((g) => g !== 'basis'))
    expect(item(30).disclosure.basis).toHaveLength(3)
    expect(item(72).guide).not.toBeNull()
    expect(item(72).gaps).toEqual(['eligibility', 'materials', 'phones', 'basis', 'deadline', 'subject', 'channels', 'audience', 'method', 'level'])
    expect(item(72).disclosureSharedFrom).toBeNull()
    expect(catalog.items.filter((i) => i.guide === null).map((i) => i.seq)).toEqual([25, 30, 67, 73])
    expect(item(67).raw.content).toBe('无')
  })

  it('lists gaps exactly where a field is missing, and never uses empty strings', () => {
    for (const i of catalog.items) {
      const g = i.guide
      const d = i.disclosure
      const expected: GapField[] = []
      if (!g) expected.push('guide')
      if (!g?.eligibility) expected.push('eligibility')
      if (!g || g.materialGroups.length === 0) expected.push('materials')
      if (!g || g.officeIds.length === 0) expected.push('office')
      if (!g || g.phones.length === 0) expected.push('phones')
      if (d.basis.length === 0) expected.push('basis')
      if (d.deadline === null) expected.push('deadline')
      if (d.subject === null) expected.push('subject')
      if (d.channels.length === 0) expected.push('channels')
      if (d.audience.length === 0) expected.push('audience')
      if (d.method.length === 0) expected.push('method')
      if (d.level.length === 0) expected.push('level')
      expect([i.seq, i.gaps]).toEqual([i.seq, expected])
    }
    const empties: string[] = []
    const walk = (v: unknown, at: string): void => {
      if (v === '') empties.push(at)
      else if (Array.isArray(v)) v.forEach((x, k) => walk(x, `${at}[${k}]`))
      // Tick cells are the one place where an empty cell is data (an unticked box).
      else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => k !== 'ticks' && walk(x, `${at}.${k}`))
    }
    walk(catalog, 'catalog')
    expect(empties).toEqual([])
  })

  it('parses item 22 into the 土葬 and 火葬 groups with counts', () => {
    const groups = item(22).guide?.materialGroups ?? []
    expect(groups.map((g) => [g.title, g.materials.length])).toEqual([
      ['土葬待遇材料', 6],
      ['火葬待遇所需材料', 10],
    ])
    const find = (g: number, name: string) => groups[g].materials.find((m) => m.name.includes(name))
    expect(find(0, '死亡销户证明')).toMatchObject({ originals: 1, copies: 2 })
    expect(find(0, '户口本')).toMatchObject({ copies: 3, note: '与户头复印在一张纸上' })
    expect(find(0, '死亡人身份证')).toMatchObject({ copies: 3 })
    expect(find(0, '核定花名表')).toMatchObject({ originals: 3, note: '盖章，签字' })
    expect(find(1, '骨灰寄存证')).toMatchObject({ name: '殡仪馆、公墓出具的骨灰寄存证', originals: 1, copies: 3 })
    expect(find(1, '核实证明')).toMatchObject({ originals: null, copies: null })
    expect(groups[1].materials.some((m) => m.text.startsWith('2、'))).toBe(false)
  })

  it('parses the grouped materials of item 48 and the counts of items 10 and 18', () => {
    const groups = item(48).guide?.materialGroups ?? []
    expect(groups.map((g) => [g.title, g.materials.length])).toEqual([
      ['住院票据', 5],
      ['工伤资料', 10],
    ])
    expect(groups[0].materials[1]).toMatchObject({ name: '诊断证明书', originals: 1, copies: 3, note: '盖工伤认定章' })
    expect(groups[1].materials[0]).toMatchObject({ name: '本人身份证', copies: 3, note: '盖单位章' })
    const m10 = item(10).guide?.materialGroups[0].materials ?? []
    expect(m10.map((m) => [m.name, m.originals, m.copies])).toEqual([
      ['《山西省社会保险参保人员基本信息变更申报表》', 1, null],
      ['社会保障卡或居民身份证', 1, null],
      ['银行卡', null, null],
    ])
    const m18 = item(18).guide?.materialGroups[0].materials ?? []
    expect(m18.map((m) => [m.name, m.originals, m.copies])).toEqual([
      ['本人户口簿', 1, 1],
      ['本人居民身份证', 1, 1],
      ['社会保障卡', 1, 1],
    ])
  })

  it('extracts labelled fields', () => {
    expect(item(9).guide).toMatchObject({ timeLimit: '20个工作日', fee: '无', hours: '周一至周五，法定节假日除外', mode: '现场办理', delivery: '自取' })
    expect(item(10).guide).toMatchObject({ mode: '现场办理', fee: '不收费', eligibility: '参保人员变更失业保险待遇银行发放账户信息' })
    expect(item(34).guide?.steps).toHaveLength(3)
    expect(item(34).guide?.heading).toBe('用人单位办理工伤登记流程')
    expect(item(57).guide?.eligibility).toMatch(/^申领对象：参保失业人员\n申领条件：/)
    expect(item(5).guide?.officeIds).toEqual(['village', 'hall'])
    expect(item(71).guide?.officeIds).toEqual(expect.arrayContaining(['post-beijie', 'icbc']))
    expect(item(75).guide?.officeIds).toContain('yibao-center')
  })

  it('corrects the phone of item 17 and validates every phone', () => {
    expect(item(17).guide?.phones.map((p) => p.display)).toEqual(['0352-8018778'])
    expect(item(17).corrections.map((c) => c.to)).toContain('0352-8018778')
    expect(item(17).raw.content).toContain('咨询电话：0352-8018778')
    expect(item(17).raw.content).not.toContain('80198778')
    const phones: Phone[] = [catalog.hall.phone, catalog.hall.hotline]
    for (const i of catalog.items) phones.push(...(i.guide?.phones ?? []))
    for (const o of catalog.offices) phones.push(...o.phones)
    for (const p of phones) {
      if (p.kind === 'hotline') expect(p).toEqual({ digits: '12333', display: '12333', kind: 'hotline' })
      else {
        expect(p.digits).toMatch(/^0352\d{7}$/)
        expect(p.display).toBe(`0352-${p.digits.slice(4)}`)
      }
    }
    expect(item(76).guide?.phones.map((p) => p.digits)).toContain('12333')
  })

  it('applied every correction in corrections.json', () => {
    const file = parseCorrections(fs.readFileSync(OPTS.corrections, 'utf8'), 'corrections.json')
    expect(file.corrections.length).toBeGreaterThan(10)
    for (const c of file.corrections) {
      for (const seq of c.seq) {
        const i = item(seq)
        expect(i.corrections).toContainEqual({ field: c.field, from: c.from, to: c.to, reason: c.reason })
        const f = c.field.replace(/^displaced\./, '') as 'title' | 'content' | 'basis' | 'deadline'
        const raw = c.field.startsWith('displaced.') ? i.raw.displacedRows[0] : i.raw
        expect(raw[f] ?? '').toContain(c.to)
        if (!c.to.includes(c.from)) expect(raw[f] ?? '').not.toContain(c.from)
      }
    }
    expect(item(7).title).toBe('个人基本信息变更')
    expect(item(72).title).toBe('社会保障卡启用（含社会保障卡银行账户激活）')
    expect(item(74).title).toBe('社会保障卡信息变更（非关键信息）')
  })

  it('fails the import when a correction is not found', () => {
    const file = JSON.parse(inputs().corrections.text) as { corrections: unknown[] }
    file.corrections.push({ seq: [5], field: 'content', from: '不存在的文字', to: 'x', reason: 'test' })
    const damaged = { ...inputs(), corrections: { file: 'corrections.json', text: JSON.stringify(file) } }
    expect(() => buildCatalog(damaged)).toThrow(/correction #\d+ \(seq 5, content\): text "不存在的文字" not found/)
  })

  it('describes the offices without inventing addresses or coordinates', () => {
    const byId = new Map(catalog.offices.map((o) => [o.id, o]))
    expect(byId.get('hall')?.name).toBe('大同市云州区社保大厅')
    expect(byId.get('injury-center')).toMatchObject({ name: '大同市云州区工伤保险管理中心', address: '大同市云州区人社局院内一楼东二门' })
    expect(catalog.offices.filter((o) => o.address !== null).map((o) => o.id)).toEqual(['injury-center'])
    expect(catalog.offices.every((o) => o.coordinates === null)).toBe(true)
    expect(new Set(catalog.offices.map((o) => o.id)).size).toBe(catalog.offices.length)
    for (const i of catalog.items) for (const id of i.guide?.officeIds ?? []) expect(byId.has(id)).toBe(true)
    expect(catalog.hall).toEqual({
      officeId: 'hall',
      phone: { digits: '03528018778', display: '0352-8018778', kind: 'landline' },
      hotline: { digits: '12333', display: '12333', kind: 'hotline' },
    })
  })
})

describe('building blocks', () => {
  it('reads counts of a material', () => {
    const m = (t: string) => {
      const r = parseMaterial(t)
      return [r.name, r.originals, r.copies, r.note]
    }
    expect(m('诊断证明书（盖工伤认定章）原件1，复印件3')).toEqual(['诊断证明书', 1, 3, '盖工伤认定章'])
    expect(m('身份证原件及复印件')).toEqual(['身份证', 1, 1, null])
    expect(m('遗属无工作无经济收入证明原件及复印件3份')).toEqual(['遗属无工作无经济收入证明', 1, 3, null])
    expect(m('本人身份证复印件3')).toEqual(['本人身份证', null, 3, null])
    expect(m('社会保障卡或居民身份证，验原件')).toEqual(['社会保障卡或居民身份证', 1, null, null])
    expect(m('离退休（职）人员死亡待遇核定表一式3份：盖章，盖章人签字')).toEqual(['离退休（职）人员死亡待遇核定表', 3, null, '盖章，盖章人签字'])
  })

  it('mints readable ids from pinyin initials and disambiguates collisions', () => {
    expect(initialsOf('社会保障卡注销')).toBe('shbzkzx')
    expect(initialsOf('东部7省（市）扩大支出试点项目')).toBe('db7sskdzcsdxm')
    const registry: IdRegistry = [['甲', 'abc']]
    const added = assignMissingIds(registry, ['甲', '乙', '丙'], () => 'abc')
    expect(added).toEqual(['乙', '丙'])
    expect(registry).toEqual([['甲', 'abc'], ['乙', 'abc-2'], ['丙', 'abc-3']])
    const long: IdRegistry = [['x', 'abcdefghijklmnop']]
    assignMissingIds(long, ['y'], () => 'abcdefghijklmnopqrst')
    expect(long[1][1]).toBe('abcdefghijklmn-2')
  })
})
