/** Page routes: a contract with posters, shares and tests. */
import { buildItemPagePath } from './deep-link'

export const routes = {
  home: () => '/pages/index/index',
  category: (categoryId: string) => `/pages/category/index?id=${encodeURIComponent(categoryId)}`,
  item: (itemId: string) => `/${buildItemPagePath(encodeURIComponent(itemId))}`,
  search: (query = '') => (query ? `/pages/search/index?q=${encodeURIComponent(query)}` : '/pages/search/index'),
  mine: () => '/pages/mine/index',
  notFound: () => '/pages/not-found/index',
}
