/**
 * Undo/redo over any state whose commands return their own inverse. Pure: a session is a value,
 * and a refused command leaves it untouched. The store wraps this; it keeps no state itself.
 */
import type { Issue, Result } from "./issues";

export type Apply<S, C> = (state: S, command: C) => Result<{ state: S; inverse: C }>;

interface Entry<C> {
  command: C;
  inverse: C;
}

export interface Session<S, C> {
  state: S;
  past: readonly Entry<C>[];
  future: readonly Entry<C>[];
}

export type StepResult<S, C> = Result<{ session: Session<S, C>; command: C }>;

export function startSession<S, C>(state: S): Session<S, C> {
  return { state, past: [], future: [] };
}

/** Steps kept for undo; older ones are dropped so a long workshop does not grow memory without end. */
export const HISTORY_LIMIT = 200;

const nothing = (): { ok: false; issues: Issue[] } => ({ ok: false, issues: [] });

export function execute<S, C>(apply: Apply<S, C>, session: Session<S, C>, command: C): StepResult<S, C> {
  const result = apply(session.state, command);
  if (!result.ok) return result;
  const past = [...session.past, { command, inverse: result.inverse }].slice(-HISTORY_LIMIT);
  return { ok: true, command, session: { state: result.state, past, future: [] } };
}

/** Undoes the last step; `command` is the inverse that was applied (for the storage layer). */
export function undo<S, C>(apply: Apply<S, C>, session: Session<S, C>): StepResult<S, C> {
  const last = session.past.at(-1);
  if (!last) return nothing();
  const result = apply(session.state, last.inverse);
  if (!result.ok) return result;
  return { ok: true, command: last.inverse, session: { state: result.state, past: session.past.slice(0, -1), future: [last, ...session.future] } };
}

export function redo<S, C>(apply: Apply<S, C>, session: Session<S, C>): StepResult<S, C> {
  const next = session.future[0];
  if (!next) return nothing();
  const result = apply(session.state, next.command);
  if (!result.ok) return result;
  const entry = { command: next.command, inverse: result.inverse };
  return { ok: true, command: next.command, session: { state: result.state, past: [...session.past, entry], future: session.future.slice(1) } };
}

export const canUndo = (session: Session<unknown, unknown>): boolean => session.past.length > 0;
export const canRedo = (session: Session<unknown, unknown>): boolean => session.future.length > 0;
