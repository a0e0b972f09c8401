/** What the home page offers first: the services most residents come for, chosen from the catalog. */
import type { CatalogQueries } from './catalog'

interface ShortcutSpec {
  label: string
  title: string
}

// Labels are the words residents use; titles are the catalog's names (verified by a unit test).
export const SHORTCUT_SPECS: ShortcutSpec[] = [
  { label: '社保卡办理', title: '社会保障卡申领' },
  { label: '社保卡挂失', title: '社会保障卡挂失与解挂' },
  { label: '办理退休', title: '职工正常退休（职）申请' },
  { label: '领养老金', title: '领取待遇申请' },
  { label: '领失业金', title: '失业保险金申领' },
  { label: '查缴费记录', title: '个人权益记录查询打印' },
  { label: '居民养老参保', title: '城乡居民养老保险参保登记' },
  { label: '工伤报销', title: '工伤医疗（康复）费用申报' },
]

export interface Shortcut {
  id: string
  label: string
  title: string
}

export function resolveShortcuts(queries: CatalogQueries): Shortcut[] {
  const byTitle = new Map(queries.allItems().map((item) => [item.title, item]))
  return SHORTCUT_SPECS.flatMap((spec) => {
    const item = byTitle.get(spec.title)
    return item ? [{ id: item.id, label: spec.label, title: item.title }] : []
  })
}
