import NotFoundView from '@/components/NotFoundView'
import PageShell from '@/components/PageShell'
import { callPhone, goHome, navigateTo } from '@/platform'
import { catalogQueries } from '@/services/catalog'
import { hallPhoneView } from '@/services/item-card'
import { dialDigits } from '@/services/phone'
import { routes } from '@/services/routes'

export default function NotFoundPage() {
  return (
    <PageShell title='未找到'>
      <NotFoundView
        hallPhone={hallPhoneView(catalogQueries)}
        onSearch={() => navigateTo(routes.search())}
        onHome={goHome}
        onCall={(phone) => callPhone(dialDigits(phone))}
      />
    </PageShell>
  )
}
