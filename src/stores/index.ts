/** The app's store instances, persisted through the platform storage adapter. */
import { useStore } from 'zustand'
import { storage } from '@/platform'
import { catalogQueries } from '@/services/catalog'
import {
  createChecklistStore,
  createFavoritesStore,
  createRecentStore,
  createSearchHistoryStore,
  createSettingsStore,
} from './personal'

const exists = (id: string) => catalogQueries.hasItem(id)

export const settingsStore = createSettingsStore(storage)
export const favoritesStore = createFavoritesStore(storage, exists)
export const recentStore = createRecentStore(storage, exists)
export const checklistStore = createChecklistStore(storage, exists)
export const searchHistoryStore = createSearchHistoryStore(storage)

type State<S> = S extends { getState: () => infer T } ? T : never

export const useSettings = <T>(select: (state: State<typeof settingsStore>) => T) => useStore(settingsStore, select)
export const useFavorites = <T>(select: (state: State<typeof favoritesStore>) => T) => useStore(favoritesStore, select)
export const useRecent = <T>(select: (state: State<typeof recentStore>) => T) => useStore(recentStore, select)
export const useChecklist = <T>(select: (state: State<typeof checklistStore>) => T) => useStore(checklistStore, select)
export const useSearchHistory = <T>(select: (state: State<typeof searchHistoryStore>) => T) => useStore(searchHistoryStore, select)
