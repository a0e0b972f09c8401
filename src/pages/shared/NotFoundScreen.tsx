import NotFoundView from '@/components/NotFoundView'
import { callPhone, goHome, navigateTo } from '@/platform'
import { catalogQueries } from '@/services/catalog'
import { hallPhoneView } from '@/services/item-card'
import { dialDigits } from '@/services/phone'
import { routes } from '@/services/routes'

/** The not-found state wired to routes and the platform, shared by every page a bad link can reach. */
export default function NotFoundScreen() {
  return (
    <NotFoundView
      hallPhone={hallPhoneView(catalogQueries)}
      onSearch={() => navigateTo(routes.search())}
      onHome={goHome}
      onCall={(phone) => callPhone(dialDigits(phone))}
    />
  )
}
