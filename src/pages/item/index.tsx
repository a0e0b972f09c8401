import { View } from '@tarojs/components'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useEffect, useMemo } from 'react'
import Checklist from '@/components/Checklist'
import FactList from '@/components/FactList'
import Foldable from '@/components/Foldable'
import LinkButton from '@/components/LinkButton'
import Notice from '@/components/Notice'
import OfficeList from '@/components/OfficeList'
import PageShell from '@/components/PageShell'
import { a11yHeading } from '@/components/a11y'
import PhoneButtons from '@/components/PhoneButtons'
import Section from '@/components/Section'
import StepList from '@/components/StepList'
import { callPhone, copyText, navigateTo, openMap } from '@/platform'
import { catalogQueries } from '@/services/catalog'
import { resolveItemLink } from '@/services/deep-link'
import {
  buildItemCard,
  formatChecklistText,
  GAP_MESSAGE,
  shareAppMessagePayload,
  shareTimelinePayload,
  type ItemCardView,
  type PhoneView,
} from '@/services/item-card'
import { dialDigits } from '@/services/phone'
import { routes } from '@/services/routes'
import { checklistStore, favoritesStore, recentStore, useChecklist, useFavorites } from '@/stores'
import NotFoundScreen from '@/pages/shared/NotFoundScreen'
import './index.css'

const EMPTY: string[] = []

function call(phone: PhoneView) {
  callPhone(dialDigits(phone))
}

function ItemCard({ card }: { card: ItemCardView }) {
  const tickedKeys = useChecklist((state) => state.data.ticks[card.id] ?? EMPTY)
  const ticked = useMemo(() => new Set(tickedKeys), [tickedKeys])
  const isFavorite = useFavorites((state) => state.data.ids.includes(card.id))
  const openItem = (id: string) => navigateTo(routes.item(id))

  return (
    <View className='card' data-item={card.id}>
      <View className='card__head'>
        <View className='card__category'>{card.categoryName} · 第{card.seq}项</View>
        <View className='card__title' {...a11yHeading(1)}>{card.title}</View>
        {card.audience && <View className='card__audience'>适用：{card.audience}</View>}
        <View className='button-row'>
          <LinkButton
            label={isFavorite ? '取消收藏' : '收藏此事项'}
            variant={isFavorite ? 'secondary' : 'primary'}
            onTap={() => favoritesStore.getState().toggle(card.id)}
          >
            {isFavorite ? '★ 已收藏' : '☆ 收藏'}
          </LinkButton>
        </View>
      </View>

      {card.guideWrittenFor && (
        <Notice tone='warn'>
          <View>目录为本事项公开的办事说明，写的是「{card.guideWrittenFor.title}」。</View>
          <LinkButton label={`查看${card.guideWrittenFor.title}`} variant='plain' onTap={() => openItem(card.guideWrittenFor!.id)}>
            查看「{card.guideWrittenFor.title}」 ›
          </LinkButton>
        </Notice>
      )}
      {!card.guideWrittenFor && card.guideSharedWith && (
        <Notice>
          <View>本事项与第{card.guideSharedWith.seq}项「{card.guideSharedWith.title}」共用一份公开指南。</View>
          <LinkButton label={`查看${card.guideSharedWith.title}`} variant='plain' onTap={() => openItem(card.guideSharedWith!.id)}>
            查看第{card.guideSharedWith.seq}项 ›
          </LinkButton>
        </Notice>
      )}
      {card.isGap && (
        <Notice tone='warn'>
          <View className='card__gap'>{GAP_MESSAGE}</View>
          <View>请电话咨询社保大厅，或到大厅窗口询问。</View>
        </Notice>
      )}

      {card.checklist.length > 0 && (
        <Section title='所需材料'>
          <Checklist
            groups={card.checklist}
            ticked={ticked}
            onToggle={(key) => checklistStore.getState().toggle(card.id, key)}
            onCopy={() => copyText(formatChecklistText(card, ticked), '材料清单已复制')}
            onClear={() => checklistStore.getState().clearItem(card.id)}
          />
        </Section>
      )}

      {card.notes.length > 0 && (
        <Section title={card.heading ?? '办理说明'}>
          {card.notes.map((note, index) => (
            <View key={index} className='card__note'>{note}</View>
          ))}
        </Section>
      )}

      {card.offices.length > 0 && (
        <Section title='办理地点'>
          <OfficeList
            offices={card.offices}
            onCopy={(office) => copyText(office.copyText, '地址已复制')}
            onOpenMap={(office) =>
              office.coordinates && openMap(office.coordinates.latitude, office.coordinates.longitude, office.name, office.address ?? office.name)
            }
          />
        </Section>
      )}

      <Section title={card.phonesAreHallFallback ? '咨询电话（社保大厅）' : '咨询电话'}>
        <PhoneButtons phones={card.phones} onCall={call} />
      </Section>

      {card.facts.length > 0 && (
        <Section title='办理须知'>
          <FactList facts={card.facts} />
        </Section>
      )}
      {card.steps.length > 0 && (
        <Section title='办理流程'>
          <StepList steps={card.steps} />
        </Section>
      )}

      {(card.basis.length > 0 || card.disclosure.length > 0) && (
        <View className='card__folds'>
          <Foldable title='政策依据与公开信息'>
            {card.basis.length > 0 && (
              <View className='card__basis'>
                <View className='facts__label'>公开依据</View>
                {card.basis.map((basis) => (
                  <View key={basis} className='facts__value'>{basis}</View>
                ))}
              </View>
            )}
            <FactList facts={card.disclosure} />
            {card.disclosureSharedWith && (
              <View className='card__source'>以上公开信息在目录中与第{card.disclosureSharedWith.seq}项合并填写。</View>
            )}
          </Foldable>
        </View>
      )}
      {card.inferredTitleNote && <View className='card__source'>{card.inferredTitleNote}</View>}
      <View className='card__source'>信息来源：云州区社会保险领域基层政务公开标准目录</View>
    </View>
  )
}

export default function ItemPage() {
  const { params } = useRouter()
  const link = useMemo(() => resolveItemLink(params, (id) => catalogQueries.hasItem(id)), [params])
  const item = link.kind === 'item' ? catalogQueries.getItem(link.id) : undefined
  const card = useMemo(() => (item ? buildItemCard(item, catalogQueries) : null), [item])

  useEffect(() => {
    if (!card) return
    recentStore.getState().record(card.id)
  }, [card])

  useShareAppMessage(() => (card ? shareAppMessagePayload(card) : { title: '云州社保办事指南', path: routes.home() }))
  useShareTimeline(() => (card ? shareTimelinePayload(card) : { title: '云州社保办事指南' }))

  return (
    <PageShell title={card ? (card.title.length > 12 ? '办事指南' : card.title) : '未找到'}>
      {card ? (
        <ItemCard card={card} />
      ) : (
        <NotFoundScreen />
      )}
    </PageShell>
  )
}
