import type http from 'node:http'

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __H5_SERVER__?: http.Server }).__H5_SERVER__
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
}
