import { View } from '@tarojs/components'
import { a11yButton } from '../a11y'

interface SearchEntryProps {
  placeholder?: string
  onTap: () => void
}

/** Looks like a search box; opens the search page, where typing happens. */
export default function SearchEntry({ placeholder = '搜事项：社保卡挂失、退休…', onTap }: SearchEntryProps) {
  return (
    <View className='search-entry' onClick={onTap} {...a11yButton(`搜索 ${placeholder}`)}>
      <View className='search-entry__icon' aria-hidden='true' />
      <View className='search-entry__text'>{placeholder}</View>
    </View>
  )
}
