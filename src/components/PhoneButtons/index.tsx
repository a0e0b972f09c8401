import { View } from '@tarojs/components'
import type { PhoneView } from '@/services/item-card'
import { a11yButton } from '../a11y'

interface PhoneButtonsProps {
  phones: PhoneView[]
  onCall: (phone: PhoneView) => void
}

/** One large button per number, labelled with the number itself. */
export default function PhoneButtons({ phones, onCall }: PhoneButtonsProps) {
  return (
    <View className='phones'>
      {phones.map((phone) => (
        <View
          key={phone.digits}
          className='phone-button'
          data-digits={phone.digits}
          onClick={() => onCall(phone)}
          {...a11yButton(phone.ariaLabel)}
        >
          <View className='phone-button__verb'>拨打电话</View>
          {phone.label && <View className='phone-button__tag'>{phone.label}</View>}
          <View className='phone-button__number'>{phone.display}</View>
        </View>
      ))}
    </View>
  )
}
