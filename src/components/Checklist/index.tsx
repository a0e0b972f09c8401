import { View } from '@tarojs/components'
import type { ChecklistGroup } from '@/services/item-card'
import { a11yButton, a11yCheckbox } from '../a11y'

interface ChecklistProps {
  groups: ChecklistGroup[]
  ticked: ReadonlySet<string>
  onToggle: (key: string) => void
  onCopy: () => void
  onClear: () => void
}

/** The materials checklist an applicant and a helper tick through together. */
export default function Checklist({ groups, ticked, onToggle, onCopy, onClear }: ChecklistProps) {
  const total = groups.reduce((sum, group) => sum + group.rows.length, 0)
  const done = groups.reduce((sum, group) => sum + group.rows.filter((row) => ticked.has(row.key)).length, 0)
  return (
    <View className='checklist'>
      <View className={`checklist__progress${done === total ? ' checklist__progress--done' : ''}`} aria-live='polite'>
        {done === total ? `材料已备齐 ${done}/${total}` : `已备齐 ${done}/${total}`}
      </View>
      {groups.map((group, groupIndex) => (
        <View key={groupIndex} className='checklist__group'>
          {group.title && <View className='checklist__group-title'>{group.title}</View>}
          {group.rows.map((row, index) => {
            const checked = ticked.has(row.key)
            return (
              <View
                key={row.key}
                className={`checklist__row${checked ? ' checklist__row--checked' : ''}`}
                data-key={row.key}
                onClick={() => onToggle(row.key)}
                {...a11yCheckbox(row.label, checked)}
              >
                <View className='checklist__box' aria-hidden='true'>{checked ? '✓' : ''}</View>
                <View className='checklist__text'>
                  <View className='checklist__label'>{index + 1}. {row.label}</View>
                  {(row.countNote || row.note) && (
                    <View className='checklist__note'>{[row.countNote, row.note].filter(Boolean).join('；')}</View>
                  )}
                </View>
              </View>
            )
          })}
        </View>
      ))}
      <View className='button-row'>
        <View className='button button--secondary' onClick={onCopy} {...a11yButton('复制材料清单，发给家人')}>复制材料清单</View>
        {done > 0 && (
          <View className='button button--plain' onClick={onClear} {...a11yButton('清除全部勾选，换下一位')}>清除勾选</View>
        )}
      </View>
    </View>
  )
}
