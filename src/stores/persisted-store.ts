import { createStore, type StoreApi } from 'zustand/vanilla'
import { loadPersisted, savePersisted, type KeyValueStorage, type PersistedSpec } from '@/services/persistence'

type Setter<T> = (update: T | ((current: T) => T)) => void

/**
 * A zustand store whose data lives under its own storage key. It loads synchronously (Taro's
 * storage is synchronous, so the first render already shows the remembered state) and saves on
 * every change. Actions receive a setter and a getter of the data only.
 */
export function createPersistedStore<T extends object, A extends object>(
  storage: KeyValueStorage,
  spec: PersistedSpec<T>,
  makeActions: (set: Setter<T>, get: () => T) => A,
): StoreApi<{ data: T } & A> {
  const initial = loadPersisted(storage, spec).value
  const store = createStore<{ data: T } & A>()((set, get) => {
    const setData: Setter<T> = (update) => {
      const next = typeof update === 'function' ? (update as (current: T) => T)(get().data) : update
      set({ data: next } as Partial<{ data: T } & A>)
    }
    return { data: initial, ...makeActions(setData, () => get().data) } as { data: T } & A
  })
  store.subscribe((state, previous) => {
    if (state.data !== previous.data) savePersisted(storage, spec, state.data)
  })
  return store
}
