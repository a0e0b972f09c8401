import { unpackCatalog, type AppCatalog, type PackedCatalog } from './catalog-pack'
import packed from './catalog.app.json'

/**
 * The catalog bundled with the app: the packed projection of catalog.json that
 * `npm run import` writes (review-only fields dropped, shared cells stored once).
 */
export const catalog: AppCatalog = unpackCatalog(packed as unknown as PackedCatalog)
