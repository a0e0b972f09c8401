/**
 * The personal lists kept on the phone only: settings (长辈版), favourites, recently viewed,
 * materials-checklist ticks and recent searches. Each lives under its own key with a schema
 * version; ids that are no longer in the catalog are dropped quietly on load.
 */
import { isStringArray, type KeyValueStorage } from '@/services/persistence'
import { createPersistedStore } from './persisted-store'

export const RECENT_LIMIT = 20
export const SEARCH_HISTORY_LIMIT = 10

export const STORAGE_KEYS = {
  settings: 'yzsb.settings',
  favorites: 'yzsb.favorites',
  recent: 'yzsb.recent',
  checklist: 'yzsb.checklist',
  searchHistory: 'yzsb.searchHistory',
} as const

export interface Settings {
  elderMode: boolean
}

export interface RecentEntry {
  id: string
  viewedAt: number
}

export type ItemExists = (id: string) => boolean

export function createSettingsStore(storage: KeyValueStorage) {
  return createPersistedStore<Settings, { setElderMode: (on: boolean) => void }>(
    storage,
    {
      key: STORAGE_KEYS.settings,
      version: 1,
      fallback: () => ({ elderMode: false }),
      sanitize: (data) =>
        data && typeof data === 'object' && typeof (data as Settings).elderMode === 'boolean'
          ? { elderMode: (data as Settings).elderMode }
          : null,
    },
    (set) => ({ setElderMode: (on) => set({ elderMode: on }) }),
  )
}

export function createFavoritesStore(storage: KeyValueStorage, exists: ItemExists) {
  return createPersistedStore<{ ids: string[] }, { toggle: (id: string) => void; clear: () => void }>(
    storage,
    {
      key: STORAGE_KEYS.favorites,
      version: 1,
      fallback: () => ({ ids: [] }),
      sanitize: (data) => {
        const ids = (data as { ids?: unknown } | null)?.ids
        return isStringArray(ids) ? { ids: Array.from(new Set(ids.filter(exists))) } : null
      },
    },
    (set) => ({
      toggle: (id) =>
        set((current) => ({
          ids: current.ids.includes(id) ? current.ids.filter((x) => x !== id) : [id, ...current.ids],
        })),
      clear: () => set({ ids: [] }),
    }),
  )
}

export function createRecentStore(storage: KeyValueStorage, exists: ItemExists) {
  return createPersistedStore<{ entries: RecentEntry[] }, { record: (id: string, at?: number) => void; clear: () => void }>(
    storage,
    {
      key: STORAGE_KEYS.recent,
      version: 1,
      fallback: () => ({ entries: [] }),
      sanitize: (data) => {
        const entries = (data as { entries?: unknown } | null)?.entries
        if (!Array.isArray(entries)) return null
        const valid = entries.filter(
          (e): e is RecentEntry =>
            !!e && typeof e === 'object' && typeof e.id === 'string' && typeof e.viewedAt === 'number' && Number.isFinite(e.viewedAt),
        )
        if (valid.length !== entries.length) return null
        const seen = new Set<string>()
        return {
          entries: valid
            .filter((e) => exists(e.id) && !seen.has(e.id) && seen.add(e.id))
            .slice(0, RECENT_LIMIT),
        }
      },
    },
    (set) => ({
      record: (id, at = Date.now()) =>
        set((current) => ({
          entries: [{ id, viewedAt: at }, ...current.entries.filter((e) => e.id !== id)].slice(0, RECENT_LIMIT),
        })),
      clear: () => set({ entries: [] }),
    }),
  )
}

export function createChecklistStore(storage: KeyValueStorage, exists: ItemExists) {
  return createPersistedStore<
    { ticks: Record<string, string[]> },
    { toggle: (itemId: string, key: string) => void; clearItem: (itemId: string) => void; clearAll: () => void }
  >(
    storage,
    {
      key: STORAGE_KEYS.checklist,
      version: 1,
      fallback: () => ({ ticks: {} }),
      sanitize: (data) => {
        const ticks = (data as { ticks?: unknown } | null)?.ticks
        if (!ticks || typeof ticks !== 'object' || Array.isArray(ticks)) return null
        const clean: Record<string, string[]> = {}
        for (const [itemId, keys] of Object.entries(ticks as Record<string, unknown>)) {
          if (!isStringArray(keys)) return null
          if (exists(itemId) && keys.length > 0) clean[itemId] = Array.from(new Set(keys))
        }
        return { ticks: clean }
      },
    },
    (set) => ({
      toggle: (itemId, key) =>
        set((current) => {
          const keys = current.ticks[itemId] ?? []
          const next = keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key]
          const ticks = { ...current.ticks }
          if (next.length > 0) ticks[itemId] = next
          else delete ticks[itemId]
          return { ticks }
        }),
      clearItem: (itemId) =>
        set((current) => {
          const ticks = { ...current.ticks }
          delete ticks[itemId]
          return { ticks }
        }),
      clearAll: () => set({ ticks: {} }),
    }),
  )
}

export function createSearchHistoryStore(storage: KeyValueStorage) {
  return createPersistedStore<{ queries: string[] }, { remember: (query: string) => void; clear: () => void }>(
    storage,
    {
      key: STORAGE_KEYS.searchHistory,
      version: 1,
      fallback: () => ({ queries: [] }),
      sanitize: (data) => {
        const queries = (data as { queries?: unknown } | null)?.queries
        return isStringArray(queries) ? { queries: queries.filter((q) => q.trim() !== '' && q.length <= 50).slice(0, SEARCH_HISTORY_LIMIT) } : null
      },
    },
    (set) => ({
      remember: (query) => {
        const trimmed = query.trim().slice(0, 50)
        if (trimmed === '') return
        set((current) => ({ queries: [trimmed, ...current.queries.filter((q) => q !== trimmed)].slice(0, SEARCH_HISTORY_LIMIT) }))
      },
      clear: () => set({ queries: [] }),
    }),
  )
}
