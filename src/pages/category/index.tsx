import { View } from '@tarojs/components'
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useMemo } from 'react'
import ItemList from '@/components/ItemList'
import PageShell from '@/components/PageShell'
import { a11yHeading } from '@/components/a11y'
import { navigateTo } from '@/platform'
import { catalogQueries } from '@/services/catalog'
import { itemHint } from '@/services/item-card'
import { routes } from '@/services/routes'
import NotFoundScreen from '@/pages/shared/NotFoundScreen'

export default function CategoryPage() {
  const { params } = useRouter()
  const category = catalogQueries.getCategory(params.id)
  const rows = useMemo(
    () =>
      category
        ? catalogQueries.itemsInCategory(category.id).map((item) => ({ id: item.id, seq: item.seq, title: item.title, hint: itemHint(item) }))
        : [],
    [category],
  )

  useShareAppMessage(() => ({ title: category ? `${category.name}｜云州社保办事指南` : '云州社保办事指南', path: category ? routes.category(category.id) : routes.home() }))

  return (
    <PageShell title={category?.name ?? '未找到'}>
      {category ? (
        <View>
          <View className='page-head'>
            <View className='page-head__title' {...a11yHeading(1)}>{category.name}</View>
            <View className='page-head__meta'>共{rows.length}项，按目录顺序排列</View>
          </View>
          <ItemList rows={rows} onSelect={(id) => navigateTo(routes.item(id))} />
        </View>
      ) : (
        <NotFoundScreen />
      )}
    </PageShell>
  )
}
