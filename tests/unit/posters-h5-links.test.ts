/**
 * The H5 landing pages behind the printed URL `<base>/item/<id>`: one per catalog item, each
 * replacing itself with the hash-routed card, relative to wherever the build is hosted.
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { cardHash, landingPage, writeItemLinks } from '../../scripts/h5-item-links'
import { listFiles, loadRealCatalog, tempDir } from './posters-helpers'

/** Runs a landing page's inline script against a fake location; returns where it sends the browser. */
function redirectTarget(html: string, pathname: string): string {
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1]
  if (!script) throw new Error('landing page has no inline script')
  let target = ''
  vm.runInNewContext(script, { location: { pathname, replace: (to: string) => { target = to } } })
  return target
}

describe('H5 QR landing pages', () => {
  const item = { id: 'cbdwzx', title: '参保单位注销' }

  it('send every form of the printed URL to the card, under any base path', () => {
    const html = landingPage(item)
    const card = '#/pages/item/index?id=cbdwzx'
    expect(cardHash('cbdwzx')).toBe(card)
    expect(redirectTarget(html, '/yz/item/cbdwzx/')).toBe(`/yz/${card}`)
    expect(redirectTarget(html, '/yz/item/cbdwzx')).toBe(`/yz/${card}`)
    expect(redirectTarget(html, '/item/cbdwzx/index.html')).toBe(`/${card}`)
    expect(redirectTarget(html, '/a/b/c/item/cbdwzx/')).toBe(`/a/b/c/${card}`)
    // Served from somewhere unexpected: fall back to the relative target.
    expect(redirectTarget(html, '/elsewhere/page.html')).toBe(`../../${card}`)
  })

  it('show the title and a relative link for browsers without script', () => {
    const html = landingPage({ id: 'x_1-a', title: '<社保卡> & "密码"' })
    expect(html).toContain('<title>&lt;社保卡&gt; &amp; &quot;密码&quot; · 云州社保办事指南</title>')
    expect(html).toContain('<a href="../../#/pages/item/index?id=x_1-a">')
    expect(html).toContain('<noscript>')
    expect(redirectTarget(html, '/item/x_1-a/')).toBe('/#/pages/item/index?id=x_1-a')
  })

  it('are written for every catalog item, replacing stale ones, with the verification file copied', () => {
    const catalog = loadRealCatalog()
    const dist = tempDir('dist-h5')
    try {
      fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html>')
      fs.mkdirSync(path.join(dist, 'item', 'gone'), { recursive: true })
      const verify = path.join(dist, '..', `${path.basename(dist)}-verify`)
      fs.mkdirSync(verify)
      fs.writeFileSync(path.join(verify, 'abc123.txt'), 'token')
      const result = writeItemLinks(dist, catalog.items, verify)
      fs.rmSync(verify, { recursive: true })
      expect(result.items).toBe(78)
      const files = listFiles(path.join(dist, 'item'))
      expect(files).toEqual([...catalog.items.map((i) => `${i.id}/index.html`), 'abc123.txt'].sort())
      for (const entry of catalog.items) {
        const html = fs.readFileSync(path.join(dist, 'item', entry.id, 'index.html'), 'utf8')
        expect(html).toContain(`<h1 style="font-size:22px">${entry.title.replace(/&/g, '&amp;')}</h1>`)
        expect(redirectTarget(html, `/yz/item/${entry.id}`)).toBe(`/yz/#/pages/item/index?id=${entry.id}`)
      }
      expect(fs.readdirSync(dist).filter((name) => name.includes('.tmp-'))).toEqual([])
    } finally {
      fs.rmSync(dist, { recursive: true, force: true })
    }
  })

  it('refuse to run before the H5 build exists', () => {
    const dist = tempDir('dist-h5-empty')
    try {
      expect(() => writeItemLinks(dist, [])).toThrow(/npm run build:h5/)
    } finally {
      fs.rmSync(dist, { recursive: true, force: true })
    }
  })
})
