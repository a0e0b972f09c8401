import { Input, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import ItemList from '@/components/ItemList'
import LinkButton from '@/components/LinkButton'
import PageShell from '@/components/PageShell'
import PhoneButtons from '@/components/PhoneButtons'
import Section from '@/components/Section'
import { callPhone, goHome, navigateTo } from '@/platform'
import { catalogQueries } from '@/services/catalog'
import { hallPhoneView } from '@/services/item-card'
import { dialDigits } from '@/services/phone'
import { routes } from '@/services/routes'
import { search } from '@/services/search'
import { searchHistoryStore, useSearchHistory } from '@/stores'
import './index.css'

function initialQuery(raw: string | undefined): string {
  if (!raw) return ''
  try {
    return decodeURIComponent(raw).slice(0, 50)
  } catch {
    return raw.slice(0, 50)
  }
}

export default function SearchPage() {
  const { params } = useRouter()
  const [query, setQuery] = useState(() => initialQuery(params.q))
  const history = useSearchHistory((state) => state.data.queries)
  const hits = useMemo(() => (query.trim() ? search(query, 20) : []), [query])
  const categoryName = (id: string) => catalogQueries.getCategory(id)?.name ?? ''

  const open = (id: string) => {
    searchHistoryStore.getState().remember(query)
    navigateTo(routes.item(id))
  }

  return (
    <PageShell title='搜索事项'>
      <View className='search-bar'>
        <Input
          className='search-bar__input'
          value={query}
          focus
          confirmType='search'
          placeholder='输入事项名称、拼音或首字母'
          aria-label='搜索办事事项'
          maxlength={50}
          onInput={(event) => setQuery(event.detail.value)}
          onConfirm={() => searchHistoryStore.getState().remember(query)}
        />
        {query !== '' && <LinkButton label='清空搜索词' variant='plain' onTap={() => setQuery('')}>清空</LinkButton>}
      </View>

      {query.trim() === '' && history.length > 0 && (
        <Section title='最近搜索' extra={<LinkButton label='清除最近搜索' variant='plain' onTap={() => searchHistoryStore.getState().clear()}>清除</LinkButton>}>
          <View className='search-history'>
            {history.map((entry) => (
              <LinkButton key={entry} label={`再次搜索 ${entry}`} variant='secondary' onTap={() => setQuery(entry)}>{entry}</LinkButton>
            ))}
          </View>
        </Section>
      )}
      {query.trim() === '' && (
        <View className='search-tips'>可以输入：社保卡挂失、退休、失业金，或拼音 shebaoka、首字母 sbk</View>
      )}

      {query.trim() !== '' && hits.length > 0 && (
        <View className='search-results' data-testid='search-results'>
          <View className='search-results__count'>找到 {hits.length} 个相关事项</View>
          <ItemList
            rows={hits.map((hit) => ({ id: hit.id, seq: hit.seq, title: hit.title, hint: categoryName(hit.categoryId), titleHighlights: hit.titleHighlights }))}
            onSelect={open}
          />
        </View>
      )}

      {query.trim() !== '' && hits.length === 0 && (
        <View className='search-empty' data-testid='search-empty'>
          <View className='search-empty__title'>没有找到「{query.trim()}」相关的社保事项</View>
          <View className='search-empty__text'>换个说法试试，或按类别查找；也可以直接打电话问社保大厅。</View>
          <PhoneButtons phones={[hallPhoneView(catalogQueries)]} onCall={(phone) => callPhone(dialDigits(phone))} />
          <View className='button-row'>
            <LinkButton label='按类别查找' variant='primary' onTap={goHome}>按类别查找</LinkButton>
          </View>
        </View>
      )}
    </PageShell>
  )
}
