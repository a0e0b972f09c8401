import { View } from '@tarojs/components'
import { useMemo } from 'react'
import CategoryGrid from '@/components/CategoryGrid'
import ElderModeSwitch from '@/components/ElderModeSwitch'
import ItemList from '@/components/ItemList'
import LinkButton from '@/components/LinkButton'
import PageShell from '@/components/PageShell'
import SearchEntry from '@/components/SearchEntry'
import Section from '@/components/Section'
import ShortcutGrid from '@/components/ShortcutGrid'
import { navigateTo } from '@/platform'
import { catalogQueries } from '@/services/catalog'
import { resolveShortcuts } from '@/services/home'
import { itemHint } from '@/services/item-card'
import { routes } from '@/services/routes'
import { settingsStore, useFavorites, useRecent, useSettings } from '@/stores'
import './index.css'

export default function Index() {
  const elderMode = useSettings((state) => state.data.elderMode)
  const favoriteIds = useFavorites((state) => state.data.ids)
  const recent = useRecent((state) => state.data.entries)
  const categories = useMemo(() => catalogQueries.listCategories(), [])
  const shortcuts = useMemo(() => resolveShortcuts(catalogQueries), [])
  const total = catalogQueries.allItems().length

  const personalRows = (ids: string[]) =>
    ids.slice(0, 3).flatMap((id) => {
      const item = catalogQueries.getItem(id)
      return item ? [{ id: item.id, seq: item.seq, title: item.title, hint: itemHint(item) }] : []
    })
  const favoriteRows = personalRows(favoriteIds)
  const recentRows = personalRows(recent.map((entry) => entry.id))
  const openItem = (id: string) => navigateTo(routes.item(id))

  return (
    <PageShell title='云州社保办事指南'>
      <View className='home__hero'>
        <View className='home__title-row'>
          <View className='home__title'>云州社保办事指南</View>
          <ElderModeSwitch on={elderMode} onChange={(on) => settingsStore.getState().setElderMode(on)} />
        </View>
        <View className='home__subtitle'>大同市云州区 · {total}项社保服务 · 无网络也能查</View>
        <SearchEntry onTap={() => navigateTo(routes.search())} />
      </View>

      <Section title='常办事项'>
        <ShortcutGrid shortcuts={shortcuts} large={elderMode} onSelect={openItem} />
      </Section>

      {!elderMode && favoriteRows.length > 0 && (
        <Section title='我的收藏' extra={<LinkButton label='查看全部收藏' variant='plain' onTap={() => navigateTo(routes.mine())}>全部</LinkButton>}>
          <ItemList rows={favoriteRows} onSelect={openItem} />
        </Section>
      )}
      {!elderMode && recentRows.length > 0 && (
        <Section title='最近浏览' extra={<LinkButton label='查看全部最近浏览' variant='plain' onTap={() => navigateTo(routes.mine())}>全部</LinkButton>}>
          <ItemList rows={recentRows} onSelect={openItem} />
        </Section>
      )}

      <Section title='按类别查找'>
        <CategoryGrid categories={categories} singleColumn={elderMode} onSelect={(id) => navigateTo(routes.category(id))} />
      </Section>

      <View className='home__footer'>
        <LinkButton label='我的收藏、最近浏览和设置' variant='plain' onTap={() => navigateTo(routes.mine())}>收藏 · 最近浏览 · 设置</LinkButton>
      </View>
    </PageShell>
  )
}
