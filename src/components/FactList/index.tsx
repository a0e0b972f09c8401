import { View } from '@tarojs/components'
import type { Fact } from '@/services/item-card'

export default function FactList({ facts }: { facts: Fact[] }) {
  return (
    <View className='facts'>
      {facts.map((fact) => (
        <View key={fact.label} className='facts__row'>
          <View className='facts__label'>{fact.label}</View>
          <View className='facts__value'>{fact.value}</View>
        </View>
      ))}
    </View>
  )
}
