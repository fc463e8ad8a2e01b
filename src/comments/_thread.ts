// The shared core of buildCommentThread and commentCount: input checks, duplicate ids, parent
// resolution (orphans, self-parents, cycles), and who sees what. Everything is index-based and
// linear: one Map from id to index, flat Int32Array/Uint8Array state, one breadth-first order.
import { isRecord, oneOfOption, refuse } from '../_internal/check.js'
import { describe } from '../_internal/describe.js'
import { CopydeskError } from '../errors.js'
import { IdIndex } from './_idIndex.js'
import { parseTime } from './_time.js'
import type { Comment, CommentStatus } from '../schema/types.js'
import type { CommentViewer, CommentVisibilityOptions, DuplicateIdPolicy, PlaceholderPolicy } from './types.js'

const STATUSES: ReadonlySet<string> = /*@__PURE__*/ new Set<CommentStatus>([
  'pending',
  'published',
  'hidden',
  'spam',
  'deleted',
])
const ROLES: ReadonlySet<string> = /*@__PURE__*/ new Set(['anonymous', 'member', 'staff'])
const POLICIES: readonly PlaceholderPolicy[] = ['all', 'deleted', 'none']
const DUPLICATES: readonly DuplicateIdPolicy[] = ['throw', 'keep-first', 'keep-last']

/** Display state of a node. */
export const SHOWN = 1
export const PLACEHOLDER = 2

export interface ResolvedVisibility {
  viewer: CommentViewer
  placeholders: PlaceholderPolicy
  articleId: string | undefined
  duplicates: DuplicateIdPolicy
}

export interface Resolution {
  /** Distinct comments, in input order (a kept duplicate takes the first one's position). */
  nodes: Comment[]
  /** Id → index into `nodes`. */
  index: IdIndex
  /** Parsed `createdAt` per node, in ms. */
  times: Float64Array
  /** Effective parent index, or -1 (top level, orphan, self-parent, cycle member). */
  parent: Int32Array
  /** Nodes in breadth-first order: every parent before its children. */
  order: Int32Array
  /** Depth in the real tree (0 for top level). */
  depth: Int32Array
  /** 0 (left out), SHOWN or PLACEHOLDER. */
  state: Uint8Array
  /** Whether the viewer wrote the comment. */
  mine: Uint8Array
  visibleCount: number
  placeholderCount: number
}

export function resolveVisibility(options: CommentVisibilityOptions, fn: string): ResolvedVisibility {
  const viewer: unknown = options.viewer ?? { role: 'anonymous' }
  if (!isRecord(viewer) || typeof viewer.role !== 'string' || !ROLES.has(viewer.role)) {
    throw refuse(fn, 'INVALID_OPTIONS', 'options.viewer', "{ id?, role: 'anonymous' | 'member' | 'staff' }", viewer)
  }
  if (viewer.id !== undefined && typeof viewer.id !== 'string') {
    throw refuse(fn, 'INVALID_OPTIONS', 'options.viewer.id', 'a string', viewer.id)
  }
  const placeholders = oneOfOption(fn, 'placeholders', options.placeholders, POLICIES, 'all')
  const duplicates = oneOfOption(fn, 'duplicates', options.duplicates, DUPLICATES, 'throw')
  const articleId = options.articleId
  if (articleId !== undefined && typeof articleId !== 'string') {
    throw refuse(fn, 'INVALID_OPTIONS', 'options.articleId', 'a string', articleId)
  }
  return { viewer: viewer as unknown as CommentViewer, placeholders, articleId, duplicates }
}

function inputError(fn: string, index: number, what: string, value: unknown): CopydeskError {
  return new CopydeskError('INVALID_INPUT', `${fn}: comments[${index}]${what}, received ${describe(value)}`)
}

function checkComment(value: unknown, index: number, fn: string): number {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw inputError(fn, index, ' must be a comment object', value)
  const c = value as Partial<Comment>
  if (typeof c.id !== 'string' || c.id === '') throw inputError(fn, index, '.id must be a non-empty string', c.id)
  if (!STATUSES.has(c.status as string)) {
    throw inputError(fn, index, ".status must be 'pending', 'published', 'hidden', 'spam' or 'deleted'", c.status)
  }
  if (c.parentId !== undefined && c.parentId !== null && typeof c.parentId !== 'string') {
    throw inputError(fn, index, '.parentId must be a string or undefined', c.parentId)
  }
  if (typeof c.author !== 'object' || c.author === null)
    throw inputError(fn, index, '.author must be an object', c.author)
  if (typeof c.author.name !== 'string') throw inputError(fn, index, '.author.name must be a string', c.author.name)
  const time = typeof c.createdAt === 'string' ? parseTime(c.createdAt) : Number.NaN
  if (Number.isNaN(time)) throw inputError(fn, index, '.createdAt must be an ISO 8601 date string', c.createdAt)
  return time
}

/** May this viewer read this comment? */
function readable(c: Comment, viewer: CommentViewer, mine: boolean): boolean {
  switch (c.status) {
    case 'published':
      return true
    case 'pending':
      return mine || viewer.role === 'staff'
    case 'hidden':
    case 'spam':
      return viewer.role === 'staff'
    default:
      return false
  }
}

export function resolveThread(comments: unknown, v: ResolvedVisibility, fn: string): Resolution {
  if (!Array.isArray(comments)) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${fn}: comments must be an array of comments, received ${describe(comments)}`,
    )
  }
  // 1. Check, filter by article, drop or reject duplicate ids.
  const index = new IdIndex(comments.length)
  const nodes: Comment[] = []
  const timeList: number[] = []
  for (let i = 0; i < comments.length; i++) {
    const value: unknown = comments[i]
    const time = checkComment(value, i, fn)
    const c = value as Comment
    if (v.articleId !== undefined && c.articleId !== v.articleId) continue
    const seen = index.get(c.id)
    if (seen === undefined) {
      index.set(c.id, nodes.length)
      nodes.push(c)
      timeList.push(time)
    } else if (v.duplicates === 'throw') {
      throw new CopydeskError('DUPLICATE', `${fn}: comments[${i}] repeats the id ${JSON.stringify(c.id)}`)
    } else if (v.duplicates === 'keep-last') {
      nodes[seen] = c
      timeList[seen] = time
    }
  }
  const n = nodes.length
  const times = Float64Array.from(timeList)

  // 2. Parents: missing → top level (orphan); self → top level.
  const parent = new Int32Array(n).fill(-1)
  for (let i = 0; i < n; i++) {
    const pid = nodes[i]!.parentId
    if (typeof pid !== 'string') continue
    const p = index.get(pid)
    if (p !== undefined && p !== i) parent[i] = p
  }

  // 3. Cycles: walk up from each unvisited node; meeting a node of the current walk closes a
  // cycle, and every member of it becomes top-level. Each node is walked once.
  const walk = new Uint8Array(n) // 0 new, 1 on the current path, 2 done
  const path = new Int32Array(n) // the current walk; a node's position in it is pathPos
  const pathPos = new Int32Array(n)
  for (let start = 0; start < n; start++) {
    if (walk[start] !== 0) continue
    let length = 0
    let j = start
    while (j !== -1 && walk[j] === 0) {
      walk[j] = 1
      pathPos[j] = length
      path[length++] = j
      j = parent[j]!
    }
    if (j !== -1 && walk[j] === 1) for (let k = pathPos[j]!; k < length; k++) parent[path[k]!] = -1
    for (let k = 0; k < length; k++) walk[path[k]!] = 2
  }

  // 4. Children (counting sort into one flat array) and breadth-first order from the roots.
  const childStart = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) {
    const p = parent[i]!
    if (p !== -1) childStart[p + 1] = childStart[p + 1]! + 1
  }
  for (let i = 0; i < n; i++) childStart[i + 1] = childStart[i + 1]! + childStart[i]!
  const fill = childStart.slice(0, n)
  const children = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const p = parent[i]!
    if (p === -1) continue
    children[fill[p]!] = i
    fill[p] = fill[p]! + 1
  }
  const order = new Int32Array(n)
  const depth = new Int32Array(n)
  let tail = 0
  for (let i = 0; i < n; i++) if (parent[i] === -1) order[tail++] = i
  for (let head = 0; head < tail; head++) {
    const p = order[head]!
    for (let k = childStart[p]!; k < childStart[p + 1]!; k++) {
      const c = children[k]!
      depth[c] = depth[p]! + 1
      order[tail++] = c
    }
  }

  // 5. Who sees what. Top-down: a node is blocked when an ancestor is unreadable and may not
  // stand as a placeholder. Bottom-up: an unreadable node becomes a placeholder when something
  // below it is shown.
  const viewerId = v.viewer.id
  const mine = new Uint8Array(n)
  const canRead = new Uint8Array(n)
  const canHold = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const c = nodes[i]!
    const own = viewerId !== undefined && c.author.id === viewerId
    mine[i] = own ? 1 : 0
    canRead[i] = readable(c, v.viewer, own) ? 1 : 0
    canHold[i] = v.placeholders === 'all' || (v.placeholders === 'deleted' && c.status === 'deleted') ? 1 : 0
  }
  const blocked = new Uint8Array(n)
  for (let k = 0; k < n; k++) {
    const i = order[k]!
    const p = parent[i]!
    if (p !== -1 && (blocked[p] === 1 || (canRead[p] === 0 && canHold[p] === 0))) blocked[i] = 1
  }
  const state = new Uint8Array(n)
  const below = new Uint8Array(n)
  let visibleCount = 0
  let placeholderCount = 0
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k]!
    if (blocked[i] === 1) continue
    if (canRead[i] === 1) {
      state[i] = SHOWN
      visibleCount++
    } else if (canHold[i] === 1 && below[i] === 1) {
      state[i] = PLACEHOLDER
      placeholderCount++
    }
    if (state[i] !== 0 && parent[i] !== -1) below[parent[i]!] = 1
  }
  return { nodes, index, times, parent, order, depth, state, mine, visibleCount, placeholderCount }
}
