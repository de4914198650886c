import { createContext, useContext } from 'react';
import type { AuthProvider, Session } from './AuthProvider';

export interface SessionState {
  session: Session | null;
  auth: AuthProvider;
  setSession(session: Session | null): void;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside <SessionContext>');
  return state;
}

export const isCoach = (session: Session | null) =>
  !!session && (session.roles.includes('coach') || session.roles.includes('admin'));

export const isAdmin = (session: Session | null) => !!session && session.roles.includes('admin');
