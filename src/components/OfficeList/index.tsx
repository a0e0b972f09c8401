import { View } from '@tarojs/components'
import type { OfficeView } from '@/services/item-card'
import { a11yButton } from '../a11y'

interface OfficeListProps {
  offices: OfficeView[]
  onCopy: (office: OfficeView) => void
  onOpenMap: (office: OfficeView) => void
}

/** Where to go. A map button appears only where real gcj02 coordinates are recorded. */
export default function OfficeList({ offices, onCopy, onOpenMap }: OfficeListProps) {
  return (
    <View className='offices'>
      {offices.map((office) => (
        <View key={office.id} className='office'>
          <View className='office__name'>{office.name}</View>
          {office.address && office.address !== office.name && <View className='office__address'>{office.address}</View>}
          {office.hours && <View className='office__hours'>办事时间：{office.hours}</View>}
          <View className='button-row'>
            <View className='button button--secondary' onClick={() => onCopy(office)} {...a11yButton(`复制地址：${office.copyText}`)}>复制地址</View>
            {office.coordinates && (
              <View className='button button--secondary' onClick={() => onOpenMap(office)} {...a11yButton(`在地图中查看${office.name}`)}>查看地图</View>
            )}
          </View>
        </View>
      ))}
    </View>
  )
}
