import { View } from '@tarojs/components'
import type { CategorySummary } from '@/services/catalog'
import { a11yButton } from '../a11y'

interface CategoryGridProps {
  categories: CategorySummary[]
  /** One per row (长辈版): bigger and simpler to scan. */
  singleColumn?: boolean
  onSelect: (categoryId: string) => void
}

export default function CategoryGrid({ categories, singleColumn = false, onSelect }: CategoryGridProps) {
  return (
    <View className={`category-grid${singleColumn ? ' category-grid--single' : ''}`}>
      {categories.map((category) => (
        <View
          key={category.id}
          className='category-grid__cell'
          data-category={category.id}
          onClick={() => onSelect(category.id)}
          {...a11yButton(`${category.name} ${category.count}项`)}
        >
          <View className={`category-grid__glyph category-grid__glyph--${category.id}`} data-glyph={category.glyph} aria-hidden='true' />
          <View className='category-grid__name'>{category.name}</View>
          <View className='category-grid__count'>{category.count}项</View>
        </View>
      ))}
    </View>
  )
}
