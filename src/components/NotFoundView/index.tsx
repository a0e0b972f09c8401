import { View } from '@tarojs/components'
import type { PhoneView } from '@/services/item-card'
import PhoneButtons from '../PhoneButtons'
import SearchEntry from '../SearchEntry'
import LinkButton from '../LinkButton'

interface NotFoundViewProps {
  hallPhone: PhoneView
  onSearch: () => void
  onHome: () => void
  onCall: (phone: PhoneView) => void
}

/** Where unknown or damaged links land: never a blank page or an error. */
export default function NotFoundView({ hallPhone, onSearch, onHome, onCall }: NotFoundViewProps) {
  return (
    <View className='not-found' data-testid='not-found'>
      <View className='not-found__title'>没有找到这个事项</View>
      <View className='not-found__text'>二维码或链接可能已失效。您可以搜索事项名称，或直接打电话问社保大厅。</View>
      <SearchEntry onTap={onSearch} />
      <View className='not-found__label'>社保大厅咨询电话</View>
      <PhoneButtons phones={[hallPhone]} onCall={onCall} />
      <LinkButton label='返回首页' variant='plain' onTap={onHome} />
    </View>
  )
}
