import dayjs from 'dayjs'
import relativeTime from 'dayjs/plugin/relativeTime'
import 'dayjs/locale/zh-cn'

dayjs.extend(relativeTime)

/** "3 天前" style, for the recently-viewed list. */
export function viewedAgo(timestamp: number, now: number = Date.now()): string {
  if (!Number.isFinite(timestamp) || timestamp > now) return '刚刚'
  if (now - timestamp < 60_000) return '刚刚'
  return dayjs(timestamp).locale('zh-cn').from(dayjs(now))
}
