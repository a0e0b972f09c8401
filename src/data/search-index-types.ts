/**
 * The shape of `search-index.json`, the generated search index the runtime search reads.
 * This file is hand-written (it is the contract between `scripts/build-search-index.ts` and
 * `src/services/search.ts`); `search-index.json` is generated and must never be edited by hand.
 *
 * The index is kept compact because it ships in the weapp main package:
 *  - every string (alias, content term) is stored once in `terms` and referenced by position;
 *  - pinyin is stored once per distinct character in `chars`/`readings` (only the characters the
 *    index text uses, with the reviewed readings of polyphonic characters); the runtime derives
 *    full pinyin and initials of every field from it, so no pinyin dictionary ships to the phone.
 */

export const SEARCH_INDEX_VERSION = 1

/**
 * One catalog item:
 * `[id, seq, title, categoryIndex, titleAliases, contentTerms, contentGroups, contentWeight, borrowedFrom, borrowedWeight]`
 *  - `titleAliases`: flat triples `[groupIndex, start, end, …]`: the colloquial words of synonym
 *    group `groupIndex` stand for the title characters `[start, end)` (社保卡 for 社会保障卡), so
 *    alias matches highlight them;
 *  - `contentTerms`: term indexes of the key terms of the item's own disclosed content;
 *  - `contentGroups`: synonym groups whose official phrase occurs in that content;
 *  - `contentWeight`: 1 when the own content was written for this item, 0 when it was written for
 *    another item (the runtime weighs it low);
 *  - `borrowedFrom`: position in `items` of the item whose content this item shares (merged cell),
 *    or -1; `borrowedWeight`: 1 when the shared text was written for this item, 0 otherwise.
 */
export type IndexedItem = [id: string, seq: number, title: string, ...features: IndexedFeatures]

/** Everything of an indexed item but its id, seq and title. */
export type IndexedFeatures = [
  categoryIndex: number,
  titleAliases: number[],
  contentTerms: number[],
  contentGroups: number[],
  contentWeight: 0 | 1,
  borrowedFrom: number,
  borrowedWeight: 0 | 1,
]

/** `[id, name, groupIndexes]`: synonym groups whose official phrase occurs in the category name. */
export type IndexedCategory = [id: string, name: string, groups: number[]]

export interface SearchIndexFile {
  v: typeof SEARCH_INDEX_VERSION
  /** Every toneless pinyin syllable used, `ü` written `v`, separated by spaces. */
  syllables: string
  /** Every distinct Han character of the indexed text, in code point order. */
  chars: string
  /**
   * Readings of `chars`, one group per character separated by spaces; a group is the base-36
   * positions in `syllables` of the character's readings, separated by commas (several for the
   * reviewed readings of a polyphonic character).
   */
  readings: string
  /** Colloquial words and content terms, each stored once. */
  terms: string[]
  /** Synonym groups: the term indexes of the colloquial words of one reviewed synonym entry. */
  groups: number[][]
  /** Colloquial filler words a query may contain around real terms (怎么办, 我的 …). */
  fillers: string[]
  /** The fillers in full pinyin (zenmeban, shouxu): latin query parts that may be ignored. */
  fillerPinyin: string[]
  categories: IndexedCategory[]
  items: IndexedItem[]
}

/**
 * What the phone carries: an item entry without its id and title, which the bundled catalog
 * already holds (`[seq, categoryIndex, titleAliases, …]`). `unpackSearchIndex` puts them back.
 */
export type ShippedIndexedItem = [seq: number, ...features: IndexedFeatures]

export interface ShippedSearchIndex extends Omit<SearchIndexFile, 'items'> {
  items: ShippedIndexedItem[]
}

export function packSearchIndex(index: SearchIndexFile): ShippedSearchIndex {
  return { ...index, items: index.items.map(([, seq, , ...rest]) => [seq, ...rest]) }
}

/** Restores ids and titles from the catalog; a seq the catalog lacks means a stale index. */
export function unpackSearchIndex(shipped: ShippedSearchIndex, items: ReadonlyArray<{ id: string; seq: number; title: string }>): SearchIndexFile {
  const bySeq = new Map(items.map((item) => [item.seq, item]))
  return {
    ...shipped,
    items: shipped.items.map(([seq, ...rest]) => {
      const item = bySeq.get(seq)
      if (!item) throw new Error(`search index names item ${seq}, which the catalog does not have: re-run npm run import`)
      return [item.id, seq, item.title, ...rest]
    }),
  }
}
