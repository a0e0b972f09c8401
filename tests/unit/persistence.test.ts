import { loadPersisted, MAX_VALUE_BYTES, savePersisted, utf8Length, type KeyValueStorage } from '@/services/persistence'
import {
  createChecklistStore,
  createFavoritesStore,
  createRecentStore,
  createSearchHistoryStore,
  createSettingsStore,
  RECENT_LIMIT,
  STORAGE_KEYS,
} from '@/stores/personal'

/** Behaves like Taro storage: strings in, whatever was stored out. */
class MemoryStorage implements KeyValueStorage {
  values = new Map<string, unknown>()
  get(key: string) {
    return this.values.get(key) ?? ''
  }
  set(key: string, value: string) {
    this.values.set(key, value)
  }
  remove(key: string) {
    this.values.delete(key)
  }
}

const known = new Set(['a1', 'b2', 'c3'])
const exists = (id: string) => known.has(id)
const envelope = (v: number, data: unknown) => JSON.stringify({ v, data })

describe('loadPersisted', () => {
  const spec = { key: 'k', version: 2, fallback: () => ({ n: 0 }), sanitize: (d: unknown) => (typeof (d as { n?: unknown })?.n === 'number' ? { n: (d as { n: number }).n } : null) }

  it.each([
    ['missing', undefined, 'missing'],
    ['not JSON', '{oops', 'corrupt'],
    ['JSON without envelope', '[1,2]', 'corrupt'],
    ['a non-string value', 42, 'corrupt'],
    ['an unknown version', envelope(9, { n: 1 }), 'wrong-version'],
    ['the wrong shape', envelope(2, { n: 'x' }), 'wrong-shape'],
  ])('recovers from %s', (_label, raw, outcome) => {
    const storage = new MemoryStorage()
    if (raw !== undefined) storage.values.set('k', raw)
    storage.values.set('other', 'kept')
    const result = loadPersisted(storage, spec)
    expect(result).toEqual({ value: { n: 0 }, outcome })
    expect(storage.values.get('other')).toBe('kept')
    if (outcome !== 'missing') expect(storage.values.has('k')).toBe(false)
  })

  it('recovers from an oversized value near the 1 MB per-key limit', () => {
    const storage = new MemoryStorage()
    storage.values.set('k', envelope(2, { n: 1, pad: '汉'.repeat(400_000) }))
    expect(loadPersisted(storage, spec).outcome).toBe('oversized')
  })

  it('recovers when the storage itself throws', () => {
    const storage = new MemoryStorage()
    storage.get = () => {
      throw new Error('storage unavailable')
    }
    expect(loadPersisted(storage, spec)).toEqual({ value: { n: 0 }, outcome: 'unreadable' })
  })

  it('round-trips and refuses to write more than a key holds', () => {
    const storage = new MemoryStorage()
    expect(savePersisted(storage, spec, { n: 5 })).toBe(true)
    expect(loadPersisted(storage, spec)).toEqual({ value: { n: 5 }, outcome: 'ok' })
    const big = { n: 1, pad: 'x'.repeat(MAX_VALUE_BYTES) } as unknown as { n: number }
    expect(savePersisted(storage, spec, big)).toBe(false)
    expect(loadPersisted(storage, spec).value).toEqual({ n: 5 })
  })

  it('counts UTF-8 bytes like the platform does', () => {
    expect(utf8Length('a')).toBe(1)
    expect(utf8Length('社')).toBe(3)
    expect(utf8Length('😀')).toBe(4)
  })
})

describe('personal stores', () => {
  it('remember elder mode across launches', () => {
    const storage = new MemoryStorage()
    createSettingsStore(storage).getState().setElderMode(true)
    expect(createSettingsStore(storage).getState().data.elderMode).toBe(true)
  })

  it('drop favourite ids no longer in the catalog, quietly', () => {
    const storage = new MemoryStorage()
    storage.values.set(STORAGE_KEYS.favorites, envelope(1, { ids: ['a1', 'gone', 'b2', 'a1'] }))
    expect(createFavoritesStore(storage, exists).getState().data.ids).toEqual(['a1', 'b2'])
  })

  it('toggle favourites and persist them', () => {
    const storage = new MemoryStorage()
    const store = createFavoritesStore(storage, exists)
    store.getState().toggle('a1')
    store.getState().toggle('b2')
    store.getState().toggle('a1')
    expect(createFavoritesStore(storage, exists).getState().data.ids).toEqual(['b2'])
  })

  it('cap recently viewed at 20, newest first, without duplicates', () => {
    const storage = new MemoryStorage()
    known.clear()
    for (let i = 0; i < 30; i++) known.add(`i${i}`)
    const store = createRecentStore(storage, exists)
    for (let i = 0; i < 30; i++) store.getState().record(`i${i}`, 1000 + i)
    store.getState().record('i5', 5000)
    const entries = createRecentStore(storage, exists).getState().data.entries
    expect(entries).toHaveLength(RECENT_LIMIT)
    expect(entries[0]).toEqual({ id: 'i5', viewedAt: 5000 })
    expect(new Set(entries.map((e) => e.id)).size).toBe(RECENT_LIMIT)
    ;['a1', 'b2', 'c3'].forEach((id) => known.add(id))
  })

  it('reset one corrupt key and keep the others', () => {
    const storage = new MemoryStorage()
    createFavoritesStore(storage, exists).getState().toggle('c3')
    createChecklistStore(storage, exists).getState().toggle('a1', '0.1')
    storage.values.set(STORAGE_KEYS.recent, 'not json at all')
    storage.values.set(STORAGE_KEYS.settings, envelope(1, { elderMode: 'yes' }))
    expect(createRecentStore(storage, exists).getState().data.entries).toEqual([])
    expect(createSettingsStore(storage).getState().data.elderMode).toBe(false)
    expect(createFavoritesStore(storage, exists).getState().data.ids).toEqual(['c3'])
    expect(createChecklistStore(storage, exists).getState().data.ticks).toEqual({ a1: ['0.1'] })
  })

  it('keep checklist ticks per item, clear one item or all', () => {
    const storage = new MemoryStorage()
    const store = createChecklistStore(storage, exists)
    store.getState().toggle('a1', '0.0')
    store.getState().toggle('a1', '0.2')
    store.getState().toggle('b2', '1.0')
    store.getState().toggle('a1', '0.0')
    expect(createChecklistStore(storage, exists).getState().data.ticks).toEqual({ a1: ['0.2'], b2: ['1.0'] })
    store.getState().clearItem('a1')
    expect(store.getState().data.ticks).toEqual({ b2: ['1.0'] })
    store.getState().clearAll()
    expect(createChecklistStore(storage, exists).getState().data.ticks).toEqual({})
  })

  it('drop checklist ticks of removed items and reject wrong types', () => {
    const storage = new MemoryStorage()
    storage.values.set(STORAGE_KEYS.checklist, envelope(1, { ticks: { a1: ['0.0'], gone: ['0.1'] } }))
    expect(createChecklistStore(storage, exists).getState().data.ticks).toEqual({ a1: ['0.0'] })
    storage.values.set(STORAGE_KEYS.checklist, envelope(1, { ticks: { a1: [1, 2] } }))
    expect(createChecklistStore(storage, exists).getState().data.ticks).toEqual({})
  })

  it('remember recent searches, newest first, trimmed and capped', () => {
    const storage = new MemoryStorage()
    const store = createSearchHistoryStore(storage)
    store.getState().remember('  社保卡 ')
    store.getState().remember('')
    store.getState().remember('退休')
    store.getState().remember('社保卡')
    expect(createSearchHistoryStore(storage).getState().data.queries).toEqual(['社保卡', '退休'])
  })
})
