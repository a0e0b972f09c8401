/**
 * The poster command end to end: one real run (Chromium included) shared by every assertion, then
 * every produced code is scanned back (jsqr) and opened through the app's own deep-link parser.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Catalog } from '../../src/data/catalog-types'
import {
  SCENE_MAX_LENGTH,
  SCENE_PATTERN,
  buildItemPagePath,
  buildItemScene,
  buildItemUrl,
  resolveItemLink,
} from '../../src/services/deep-link'
import { ITEM_PAGE_PATH, QR_LINK_BASE } from '../../src/services/link-config'
import { INDEX_PER_PAGE } from '../../scripts/poster-kit/html'
import { parseCsv } from '../../scripts/poster-kit/csv'
import { validateLinkBase } from '../../scripts/poster-kit/link-base'
import { type RunResult, decodePngFiles, listFiles, loadRealCatalog, pdfPageCount, runScript, tempDir } from './posters-helpers'

/** An override with a trailing slash: the command must normalise it exactly like buildItemUrl. */
const BASE = 'https://shebao.yunzhou.example.gov.cn/guide/'

let catalog: Catalog
let exists: (id: string) => boolean
let work: string
let out: string
let run: RunResult

beforeAll(async () => {
  catalog = loadRealCatalog()
  const ids = new Set(catalog.items.map((item) => item.id))
  exists = (id) => ids.has(id)
  work = tempDir('posters')
  out = path.join(work, 'posters')
  run = await runScript('posters.ts', ['--out', out, '--base', BASE])
  if (run.code !== 0) throw new Error(`posters failed (${run.code}):\n${run.stderr}\n${run.stdout}`)
}, 120_000)

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('npm run posters', () => {
  it('finishes well under a minute and reports pages, sizes and time', () => {
    expect(run.ms).toBeLessThan(60_000)
    expect(run.stdout).toMatch(/posters\.pdf\s+78 页，[\d.]+ (KB|MB)/)
    expect(run.stdout).toMatch(/index-sheets\.pdf\s+\d+ 页/)
    expect(run.stdout).toMatch(/用时\s+[\d.]+ 秒/)
    expect(run.stdout).toContain('https://shebao.yunzhou.example.gov.cn/guide/item/')
    console.log(`posters: ${(run.ms / 1000).toFixed(1)} s for ${catalog.items.length} items (incl. tsx start)\n${run.stdout}`)
  })

  it('leaves only the finished folder behind (no temp or old folders)', () => {
    expect(fs.readdirSync(work)).toEqual(['posters'])
    expect(listFiles(out).filter((name) => !name.startsWith('codes/'))).toEqual(
      ['index-sheets.pdf', 'manifest.json', 'miniprogram-codes.csv', 'posters.pdf'],
    )
  })

  it('writes an SVG and a PNG per item, and every PNG scans to its own item through the app parser: 78 of 78', async () => {
    expect(catalog.items).toHaveLength(78)
    const files = listFiles(path.join(out, 'codes'))
    expect(files).toHaveLength(catalog.items.length * 2)
    const decoded = await decodePngFiles(catalog.items.map((item) => path.join(out, 'codes', `${item.id}.png`)))
    let resolved = 0
    for (const [index, item] of catalog.items.entries()) {
      const svg = fs.readFileSync(path.join(out, 'codes', `${item.id}.svg`), 'utf8')
      expect(svg.startsWith('<svg')).toBe(true)
      const url = decoded[index]
      expect(url).toBe(buildItemUrl(item.id, BASE))
      const result = resolveItemLink({ q: encodeURIComponent(url as string) }, exists)
      expect(result).toEqual({ kind: 'item', id: item.id, source: 'q' })
      resolved++
    }
    expect(resolved).toBe(78)
  })

  it('prints posters.pdf: an A4 PDF with one page per item', () => {
    const pdf = fs.readFileSync(path.join(out, 'posters.pdf'))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdfPageCount(pdf)).toBe(catalog.items.length)
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))
    expect(box).not.toBeNull()
    expect(Number(box?.[1])).toBeCloseTo(595.3, 0) // 210 mm
    expect(Number(box?.[2])).toBeCloseTo(841.9, 0) // 297 mm
  })

  it('prints index-sheets.pdf: every category on its own page(s)', () => {
    const pdf = fs.readFileSync(path.join(out, 'index-sheets.pdf'))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const expected = catalog.categories
      .map((category) => Math.ceil(catalog.items.filter((item) => item.categoryId === category.id).length / INDEX_PER_PAGE))
      .reduce((sum, pages) => sum + pages, 0)
    expect(pdfPageCount(pdf)).toBe(expected)
  })

  it('writes miniprogram-codes.csv (UTF-8 BOM) whose scenes fit WeChat and open the right item', () => {
    const text = fs.readFileSync(path.join(out, 'miniprogram-codes.csv'), 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const [header, ...rows] = parseCsv(text)
    expect(header).toEqual(['id', 'seq', 'title', 'scene', 'page', 'path'])
    expect(rows).toHaveLength(catalog.items.length)
    const bySeq = [...catalog.items].sort((a, b) => a.seq - b.seq)
    rows.forEach(([id, seq, title, scene, page, pagePath], index) => {
      const item = bySeq[index]
      expect([id, Number(seq), title]).toEqual([item.id, item.seq, item.title])
      expect(scene).toBe(buildItemScene(item.id))
      expect(scene.length).toBeLessThanOrEqual(SCENE_MAX_LENGTH)
      expect(scene).toMatch(SCENE_PATTERN)
      // WeChat hands the scene to the page URL-encoded; the parser decodes once.
      expect(resolveItemLink({ scene: encodeURIComponent(scene) }, exists)).toEqual({ kind: 'item', id: item.id, source: 'scene' })
      expect(resolveItemLink({ scene }, exists)).toEqual({ kind: 'item', id: item.id, source: 'scene' })
      expect(page).toBe(ITEM_PAGE_PATH)
      expect(pagePath).toBe(buildItemPagePath(item.id))
    })
  })

  it('records what it printed in manifest.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      base: string; rulePrefix: string; catalog: { sha256: string }; items: { id: string; url: string }[]
    }
    expect(manifest.base).toBe('https://shebao.yunzhou.example.gov.cn/guide')
    expect(manifest.rulePrefix).toBe('https://shebao.yunzhou.example.gov.cn/guide/item/')
    expect(manifest.catalog.sha256).toBe(catalog.source.sha256)
    expect(manifest.items.map((entry) => entry.url)).toEqual(
      [...catalog.items].sort((a, b) => a.seq - b.seq).map((item) => buildItemUrl(item.id, BASE)),
    )
  })

  it('accepts the configured QR_LINK_BASE', () => {
    expect(() => validateLinkBase(QR_LINK_BASE)).not.toThrow()
  })
})
