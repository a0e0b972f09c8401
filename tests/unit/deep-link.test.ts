import {
  buildItemPagePath,
  buildItemScene,
  buildItemUrl,
  parseItemUrl,
  parseScene,
  resolveItemLink,
  SCENE_PATTERN,
} from '@/services/deep-link'
import { QR_LINK_BASE } from '@/services/link-config'

const known = new Set(['sbkgsyjg', 'zgzctxsq', 'a-b_9'])
const exists = (id: string) => known.has(id)

describe('building links', () => {
  it('builds the QR URL from the one configured base', () => {
    expect(buildItemUrl('sbkgsyjg')).toBe(`${QR_LINK_BASE}/item/sbkgsyjg`)
    expect(buildItemUrl('x1', 'https://a.example/b/')).toBe('https://a.example/b/item/x1')
  })
  it('builds scenes that fit WeChat rules for the longest id', () => {
    const scene = buildItemScene('abcdefghijklmnop')
    expect(scene.length).toBeLessThanOrEqual(32)
    expect(SCENE_PATTERN.test(scene)).toBe(true)
  })
  it('builds the page path', () => {
    expect(buildItemPagePath('x1')).toBe('pages/item/index?id=x1')
  })
})

describe('resolveItemLink', () => {
  it('opens by page id', () => {
    expect(resolveItemLink({ id: 'sbkgsyjg' }, exists)).toEqual({ kind: 'item', id: 'sbkgsyjg', source: 'id' })
  })
  it('opens by an ordinary-link QR code (q is the URL encoded once)', () => {
    const q = encodeURIComponent(buildItemUrl('zgzctxsq'))
    expect(resolveItemLink({ q }, exists)).toEqual({ kind: 'item', id: 'zgzctxsq', source: 'q' })
  })
  it('accepts a trailing slash, query or fragment on the QR URL', () => {
    for (const suffix of ['/', '?from=hall', '#top', '/?x=1']) {
      const q = encodeURIComponent(`https://x.example/yz/item/a-b_9${suffix}`)
      expect(resolveItemLink({ q }, exists)).toMatchObject({ kind: 'item', id: 'a-b_9' })
    }
  })
  it('opens by a 小程序码 scene, raw or URL-encoded', () => {
    expect(resolveItemLink({ scene: 'i=sbkgsyjg' }, exists)).toMatchObject({ kind: 'item', id: 'sbkgsyjg', source: 'scene' })
    expect(resolveItemLink({ scene: encodeURIComponent('i=sbkgsyjg') }, exists)).toMatchObject({ kind: 'item', id: 'sbkgsyjg' })
    expect(resolveItemLink({ scene: 'v=2&i=sbkgsyjg' }, exists)).toMatchObject({ kind: 'item', id: 'sbkgsyjg' })
  })
  it('prefers id over q over scene', () => {
    expect(resolveItemLink({ id: 'a-b_9', scene: 'i=sbkgsyjg' }, exists)).toMatchObject({ id: 'a-b_9' })
  })

  const hostile: Array<[string, Record<string, string | undefined>]> = [
    ['malformed % escape in q', { q: '%E4%B8' }],
    ['lone % in q', { q: 'https://x.example/item/%' }],
    ['malformed % escape in scene', { scene: '%zz' }],
    ['malformed % escape in id', { id: '%' }],
    ['unknown id', { id: 'nosuchitem' }],
    ['unknown id in q', { q: encodeURIComponent('https://x.example/item/nosuchitem') }],
    ['unknown id in scene', { scene: 'i=nosuchitem' }],
    ['over-long scene', { scene: `i=sbkgsyjg&${'x'.repeat(40)}` }],
    ['scene with a forbidden character', { scene: 'i=sbkgsyjg"' }],
    ['script-like id', { id: '<script>alert(1)</script>' }],
    ['script-like q', { q: encodeURIComponent('javascript:alert(1)//item/sbkgsyjg') }],
    ['path traversal id', { id: '../../etc/passwd' }],
    ['id too long', { id: 'a'.repeat(17) }],
    ['empty values', { id: '', q: '', scene: '' }],
    ['no params', {}],
    ['whitespace only', { id: '   ' }],
    ['q without item path', { q: encodeURIComponent('https://x.example/yz/') }],
    ['huge q', { q: 'a'.repeat(100000) }],
    ['scene without i', { scene: 'x=1' }],
  ]
  it.each(hostile)('lands %s on the not-found state without throwing', (_label, params) => {
    const result = resolveItemLink(params, exists)
    expect(result.kind).toBe('invalid')
  })
  it('survives non-object input', () => {
    expect(resolveItemLink(null, exists).kind).toBe('invalid')
    expect(resolveItemLink(undefined, exists).kind).toBe('invalid')
  })
})

describe('parsers', () => {
  it('parseItemUrl rejects non-http schemes and ids with bad characters', () => {
    expect(parseItemUrl('ftp://x.example/item/abc')).toBeNull()
    expect(parseItemUrl('https://x.example/item/ab%20c')).toBeNull()
    expect(parseItemUrl('https://x.example/item/abc')).toBe('abc')
  })
  it('parseScene needs the i key', () => {
    expect(parseScene('i=abc')).toBe('abc')
    expect(parseScene('id=abc')).toBeNull()
  })
})
