import PageShell from '@/components/PageShell'
import NotFoundScreen from '@/pages/shared/NotFoundScreen'

export default function NotFoundPage() {
  return (
    <PageShell title='未找到'>
      <NotFoundScreen />
    </PageShell>
  )
}
