/**
 * Print HTML for the posters (one A4 page per item) and the per-category index sheets. Sizes are
 * in mm so what Chromium prints is what the tape measure says. Text is Chinese because it is
 * printed for the service hall; fonts come from the machine (WenQuanYi / Noto CJK), none is shipped.
 */
import type { Catalog, CatalogItem, Category, Phone } from '../../src/data/catalog-types'
import type { ItemCode } from './qr'

/** Printed width of the poster QR code, quiet zone included (the brief asks for ≥ 60 mm). */
export const POSTER_QR_MM = 110
/** Printed width of the small codes on the index sheets, quiet zone included. */
export const INDEX_QR_MM = 32
export const INDEX_COLUMNS = 2
export const INDEX_ROWS = 6
export const INDEX_PER_PAGE = INDEX_COLUMNS * INDEX_ROWS

export const SCAN_HINT = '微信扫一扫 查看办理材料和咨询电话'
export const APP_NAME = '云州社保办事指南'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}

export interface PhoneLine {
  label: string
  numbers: string[]
  fallback: boolean
}

/** The item's own consultation phones; the hall's phone, labelled as such, when it discloses none. */
export function phoneLine(item: CatalogItem, catalog: Catalog): PhoneLine {
  const seen = new Set<string>()
  const own = (item.guide?.phones ?? []).filter((phone: Phone) => {
    if (!phone || typeof phone.display !== 'string' || phone.display === '' || seen.has(phone.digits)) return false
    seen.add(phone.digits)
    return true
  })
  if (own.length > 0) return { label: '咨询电话', numbers: own.map((phone) => phone.display), fallback: false }
  return { label: '咨询电话（社保大厅）', numbers: [catalog.hall.phone.display], fallback: true }
}

export function checkLine(item: CatalogItem): string {
  return `第${item.seq}项 · 编号 ${item.id}`
}

const STYLE = `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; }
body {
  font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #111; -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.sheet { width: 210mm; height: 296mm; padding: 12mm 14mm 10mm; overflow: hidden; position: relative;
  display: flex; flex-direction: column; align-items: center; break-after: page; page-break-after: always; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
.qr svg { display: block; width: 100%; height: 100%; }
.mono { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; }
.footer { position: absolute; left: 14mm; right: 14mm; bottom: 7mm; display: flex; justify-content: space-between; gap: 4mm;
  font-size: 3mm; line-height: 1.3; color: #555; border-top: 0.3mm solid #ccc; padding-top: 1.5mm; white-space: nowrap; }
.nowrap { white-space: nowrap; }

.poster .category { align-self: stretch; background: #0b5d3b; color: #fff; font-size: 7mm; line-height: 1.3;
  padding: 2.5mm 5mm; border-radius: 2mm; text-align: center; letter-spacing: 0.5mm; }
.poster .main { flex: 1; width: 100%; padding-bottom: 8mm; display: flex; flex-direction: column; align-items: center; justify-content: space-evenly; }
.poster .title-box { width: 182mm; height: 56mm; display: flex; align-items: center; justify-content: center; }
.poster .title { margin: 0; max-width: 182mm; max-height: 56mm; overflow: hidden; font-size: 17mm; line-height: 1.22;
  font-weight: bold; text-align: center; word-break: break-all; }
.poster .qr { width: ${POSTER_QR_MM}mm; height: ${POSTER_QR_MM}mm; border: 0.4mm solid #0b5d3b; border-radius: 3mm; overflow: hidden; }
.poster .check { margin-top: -3mm; font-size: 6mm; line-height: 1.3; letter-spacing: 0.3mm; }
.poster .check .mono { font-weight: bold; }
.poster .hint { font-size: 9mm; line-height: 1.3; font-weight: bold; color: #0b5d3b; }
.poster .phones { width: 182mm; max-height: 24mm; overflow: hidden; text-align: center;
  font-size: 8mm; line-height: 1.4; }
.poster .phones .label { color: #333; margin-right: 2mm; }

.index header { align-self: stretch; border-bottom: 0.6mm solid #0b5d3b; padding-bottom: 2.5mm; margin-bottom: 4mm; }
.index .index-title { font-size: 8mm; font-weight: bold; line-height: 1.3; }
.index .index-sub { display: flex; justify-content: space-between; font-size: 4mm; color: #333; margin-top: 1mm; }
.index .grid { align-self: stretch; display: grid; grid-template-columns: repeat(${INDEX_COLUMNS}, 1fr);
  grid-template-rows: repeat(${INDEX_ROWS}, 38mm); column-gap: 6mm; }
.index .entry { display: flex; align-items: center; gap: 3mm; border-bottom: 0.2mm dashed #bbb; overflow: hidden; }
.index .qr { flex: none; width: ${INDEX_QR_MM}mm; height: ${INDEX_QR_MM}mm; }
.index .entry-text { flex: 1; min-width: 0; height: 34mm; display: flex; flex-direction: column; justify-content: center; }
.index .entry-title { font-size: 4.6mm; line-height: 1.3; font-weight: bold; max-height: 24mm; overflow: hidden; word-break: break-all; }
.index .entry-meta { font-size: 3.2mm; line-height: 1.4; color: #333; margin-top: 1mm; }
`

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>${STYLE}</style></head><body>${body}</body></html>`
}

export interface PrintContext {
  catalog: Catalog
  codes: Map<string, ItemCode>
  /** Printed in the footer so a poster can be matched to the catalog it came from. */
  version: string
}

function footer(left: string, right: string): string {
  return `<div class="footer"><span>${escapeHtml(left)}</span><span class="mono">${escapeHtml(right)}</span></div>`
}

function numbers(phones: PhoneLine): string {
  return phones.numbers.map((number) => `<span class="nowrap">${escapeHtml(number)}</span>`).join('、')
}

function categoryOf(item: CatalogItem, catalog: Catalog): Category {
  return catalog.categories.find((category) => category.id === item.categoryId) as Category
}

function codeOf(item: CatalogItem, context: PrintContext): ItemCode {
  const code = context.codes.get(item.id)
  if (!code) throw new Error(`no QR code made for ${item.id}`)
  return code
}

export function posterSheet(item: CatalogItem, context: PrintContext): string {
  const code = codeOf(item, context)
  const phones = phoneLine(item, context.catalog)
  return `<section class="sheet poster" data-id="${escapeHtml(item.id)}">` +
    `<div class="category">${escapeHtml(categoryOf(item, context.catalog).name)}</div>` +
    '<div class="main">' +
    `<div class="title-box"><h1 class="title fit">${escapeHtml(item.title)}</h1></div>` +
    `<div class="qr" data-qr="${escapeHtml(item.id)}">${code.svg}</div>` +
    `<div class="check">第${item.seq}项 · 编号 <span class="mono">${escapeHtml(item.id)}</span></div>` +
    `<div class="hint">${SCAN_HINT}</div>` +
    `<div class="phones fit"><span class="label">${escapeHtml(phones.label)}</span>${numbers(phones)}</div>` +
    '</div>' +
    footer(`${APP_NAME} · 目录版本 ${context.version}`, code.url) +
    '</section>'
}

export function postersHtml(items: CatalogItem[], context: PrintContext): string {
  return page(`${APP_NAME} 海报`, items.map((item) => posterSheet(item, context)).join('\n'))
}

export interface IndexPage {
  category: Category
  items: CatalogItem[]
  page: number
  pages: number
}

/** Categories in source order, each split into pages of INDEX_PER_PAGE entries. */
export function indexPages(catalog: Catalog): IndexPage[] {
  const result: IndexPage[] = []
  const categories = [...catalog.categories].sort((a, b) => a.order - b.order)
  for (const category of categories) {
    const items = catalog.items.filter((item) => item.categoryId === category.id).sort((a, b) => a.seq - b.seq)
    const pages = Math.ceil(items.length / INDEX_PER_PAGE)
    for (let pageIndex = 0; pageIndex < pages; pageIndex++) {
      result.push({ category, items: items.slice(pageIndex * INDEX_PER_PAGE, (pageIndex + 1) * INDEX_PER_PAGE), page: pageIndex + 1, pages })
    }
  }
  return result
}

export function indexSheet(sheet: IndexPage, context: PrintContext): string {
  const entries = sheet.items.map((item) => {
    const phones = phoneLine(item, context.catalog)
    return `<div class="entry" data-id="${escapeHtml(item.id)}">` +
      `<div class="qr" data-qr="${escapeHtml(item.id)}">${codeOf(item, context).svg}</div>` +
      `<div class="entry-text"><div class="entry-title fit">${escapeHtml(item.title)}</div>` +
      `<div class="entry-meta">第${item.seq}项 · 编号 <span class="mono">${escapeHtml(item.id)}</span><br>` +
      `${escapeHtml(phones.label)} ${numbers(phones)}</div></div></div>`
  }).join('')
  const pageNote = sheet.pages > 1 ? `第 ${sheet.page}/${sheet.pages} 页` : ''
  return `<section class="sheet index" data-category="${escapeHtml(sheet.category.id)}">` +
    `<header><div class="index-title">${APP_NAME} · ${escapeHtml(sheet.category.name)}</div>` +
    `<div class="index-sub"><span>${SCAN_HINT}</span><span>${pageNote}</span></div></header>` +
    `<div class="grid">${entries}</div>` +
    footer(`${APP_NAME} · ${context.catalog.source.title}`, `目录版本 ${context.version}`) +
    '</section>'
}

export function indexHtml(pages: IndexPage[], context: PrintContext): string {
  return page(`${APP_NAME} 分类索引`, pages.map((sheet) => indexSheet(sheet, context)).join('\n'))
}
