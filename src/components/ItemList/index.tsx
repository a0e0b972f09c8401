import { View } from '@tarojs/components'
import { a11yButton } from '../a11y'
import HighlightedText from '../HighlightedText'

export interface ItemRow {
  id: string
  seq: number
  title: string
  hint: string
  titleHighlights?: ReadonlyArray<readonly [number, number]>
}

interface ItemListProps {
  rows: ItemRow[]
  onSelect: (itemId: string) => void
}

export default function ItemList({ rows, onSelect }: ItemListProps) {
  return (
    <View className='item-list'>
      {rows.map((row) => (
        <View
          key={row.id}
          className='item-list__row'
          data-item={row.id}
          onClick={() => onSelect(row.id)}
          {...a11yButton(`${row.seq} ${row.title} ${row.hint}`)}
        >
          <View className='item-list__seq'>{row.seq}</View>
          <View className='item-list__main'>
            <View className='item-list__title'>
              <HighlightedText text={row.title} ranges={row.titleHighlights ?? []} />
            </View>
            <View className='item-list__hint'>{row.hint}</View>
          </View>
          <View className='item-list__chevron' aria-hidden='true' />
        </View>
      ))}
    </View>
  )
}
