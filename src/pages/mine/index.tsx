import { View } from '@tarojs/components'
import ElderModeSwitch from '@/components/ElderModeSwitch'
import ItemList from '@/components/ItemList'
import LinkButton from '@/components/LinkButton'
import PageShell from '@/components/PageShell'
import Section from '@/components/Section'
import { navigateTo } from '@/platform'
import { catalogQueries } from '@/services/catalog'
import { itemHint } from '@/services/item-card'
import { routes } from '@/services/routes'
import { viewedAgo } from '@/services/time-format'
import { checklistStore, favoritesStore, recentStore, settingsStore, useChecklist, useFavorites, useRecent, useSettings } from '@/stores'

export default function MinePage() {
  const elderMode = useSettings((state) => state.data.elderMode)
  const favoriteIds = useFavorites((state) => state.data.ids)
  const recent = useRecent((state) => state.data.entries)
  const tickedItems = useChecklist((state) => Object.keys(state.data.ticks).length)
  const openItem = (id: string) => navigateTo(routes.item(id))

  const favoriteRows = favoriteIds.flatMap((id) => {
    const item = catalogQueries.getItem(id)
    return item ? [{ id, seq: item.seq, title: item.title, hint: itemHint(item) }] : []
  })
  const recentRows = recent.flatMap((entry) => {
    const item = catalogQueries.getItem(entry.id)
    return item ? [{ id: entry.id, seq: item.seq, title: item.title, hint: `${viewedAgo(entry.viewedAt)}浏览 · ${itemHint(item)}` }] : []
  })

  return (
    <PageShell title='我的收藏与设置'>
      <Section title='长辈版（大字模式）'>
        <View className='mine__setting'>
          <View className='mine__setting-text'>字更大、按钮更大，首页只留常办事项和类别。</View>
          <ElderModeSwitch on={elderMode} onChange={(on) => settingsStore.getState().setElderMode(on)} />
        </View>
      </Section>

      <Section
        title={`我的收藏（${favoriteRows.length}）`}
        extra={favoriteRows.length > 0 ? <LinkButton label='清空收藏' variant='plain' onTap={() => favoritesStore.getState().clear()}>清空</LinkButton> : undefined}
      >
        {favoriteRows.length > 0 ? (
          <ItemList rows={favoriteRows} onSelect={openItem} />
        ) : (
          <View className='empty-line'>还没有收藏。在事项页点「☆ 收藏」即可收藏。</View>
        )}
      </Section>

      <Section
        title={`最近浏览（${recentRows.length}）`}
        extra={recentRows.length > 0 ? <LinkButton label='清空最近浏览' variant='plain' onTap={() => recentStore.getState().clear()}>清空</LinkButton> : undefined}
      >
        {recentRows.length > 0 ? <ItemList rows={recentRows} onSelect={openItem} /> : <View className='empty-line'>最近没有浏览过事项。</View>}
      </Section>

      {tickedItems > 0 && (
        <Section title='材料勾选记录'>
          <View className='empty-line'>有 {tickedItems} 个事项保存了材料勾选。帮下一位办事群众前可以一键清除。</View>
          <LinkButton label='清除全部事项的材料勾选' variant='secondary' onTap={() => checklistStore.getState().clearAll()}>清除全部勾选</LinkButton>
        </Section>
      )}

      <Section title='关于'>
        <View className='empty-line'>
          本小程序内容来自大同市云州区社会保险领域基层政务公开标准目录，全部保存在手机上，不联网也能查看；收藏、浏览记录只存在本机，不会上传。
        </View>
        <LinkButton label='返回首页' variant='plain' onTap={() => navigateTo(routes.home())}>返回首页</LinkButton>
      </Section>
    </PageShell>
  )
}
